# dir() of C types gclab writes in Python (deque, defaultdict, count)
# lists what CPython's type dicts hold: none of the Python code's
# private members, __slots__ or __module__, but a public member
# (default_factory); n * deque repeats it, and a deque has no __bool__.
import collections
import functools
import io
import itertools
import operator

objects = [collections.deque(), collections.defaultdict(list), itertools.count()]
for o in objects:
    names = dir(o)
    print(type(o).__name__, len(names), [n for n in names if not n.startswith("__")])
    print("   ", [n for n in names if n.startswith("__")])
print(3 * collections.deque([1, 2]), collections.deque("ab") * 2, hasattr(collections.deque(), "__bool__"))
print(bool(collections.deque()), bool(collections.deque([0])))
