# json and pickle guard their C recursion with Py_EnterRecursiveCall
# (_json.c, _pickle.c): nesting below the limit works, beyond it the
# RecursionError names the guard.
import json, pickle

def nested(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

for n in (600, 900, 1200):
    try:
        print(n, 'dumps', len(json.dumps(nested(n))))
    except RecursionError as e:
        print(n, 'dumps', e)
    try:
        print(n, 'loads', type(json.loads('[' * n + ']' * n)).__name__)
    except RecursionError as e:
        print(n, 'loads', e)
for n in (300, 480, 700):
    try:
        print(n, 'pickle', len(pickle.dumps(nested(n))))
    except RecursionError as e:
        print(n, 'pickle', e)
