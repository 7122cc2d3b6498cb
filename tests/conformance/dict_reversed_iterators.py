# reversed() over a dict and its views: dict_reversekeyiterator,
# dict_reversevalueiterator and dict_reverseitemiterator (their type names),
# newest key first, a size change during iteration is a RuntimeError,
# dict subclasses inherit dict.__reversed__; OrderedDict keeps its own.
import collections
import collections.abc

d = {"a": 1, "b": 2, "c": 3}
r = reversed(d)
print(type(r).__name__, list(r), list(r))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d.keys())).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(isinstance(reversed(d), collections.abc.Iterator), iter(r) is r, repr(reversed({})).startswith("<dict_reversekeyiterator object at "))
del d["b"]
d["z"] = 26
print(list(reversed(d)), next(reversed(d.items())))
it = reversed(d)
print(next(it))
d["new"] = 0
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(it, "exhausted"))


class Registry(dict):
    pass


print(list(reversed(Registry(x=1, y=2))), list(reversed({})))
od = collections.OrderedDict(a=1, b=2)
print(list(reversed(od)), type(reversed(od)).__name__)
print(d.__reversed__().__class__.__name__, [k for k in reversed(d) if k != "a"])
