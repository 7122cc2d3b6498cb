# C types that gclab writes in Python are named by their tp_name in
# CPython's messages: 'collections.deque', 'itertools.count', '_io.StringIO',
# 'types.SimpleNamespace' (attribute, hash and len errors); a subclass
# goes by its own name.
import collections, itertools, functools, operator, io, types
for obj in (collections.deque(), collections.OrderedDict(), collections.defaultdict(), itertools.count(), functools.partial(int), operator.itemgetter(1), io.StringIO(), types.SimpleNamespace()):
    try: obj.nope
    except AttributeError as e: print(e)
    try: hash(obj); print("hashable", type(obj).__name__)
    except TypeError as e: print(e)
    try: len(obj)
    except TypeError as e: print(e)
print(type(collections.deque()), type(itertools.count()), type(io.StringIO()), type(types.SimpleNamespace()), collections.deque.__module__, collections.deque.__qualname__)
class MyDeque(collections.deque): pass
try: MyDeque().nope
except AttributeError as e: print(e)
try: hash(MyDeque())
except TypeError as e: print(e)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
try:
    types.SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError", e)
print(types.SimpleNamespace(**{"a": 1}))
