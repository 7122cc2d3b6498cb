import sys, json, copy, pickle

a = []
a.append(a)
print(repr(a))
d = {}
d["self"] = d
print(repr(d))
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
c = copy.deepcopy(a)
print(c[0] is c, c is not a)
p = pickle.loads(pickle.dumps(d))
print(p["self"] is p)

deep = []
cur = deep
for _ in range(1500):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(deep)
except RecursionError as e:
    print("RecursionError:", e)
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError json:", e)
try:
    copy.deepcopy(deep)
except RecursionError as e:
    print("RecursionError deepcopy:", type(e).__name__)
try:
    pickle.dumps(deep)
except RecursionError as e:
    print("RecursionError pickle:", e)
try:
    deep == deep[0]
except RecursionError as e:
    print("RecursionError eq:", e)
class Node:
    def __init__(self): self.child = None
    def __repr__(self): return f"Node({self.child!r})"
n = Node(); n.child = n
try:
    repr(n)
except RecursionError as e:
    print("RecursionError Node:", e)
print("limit", sys.getrecursionlimit())
