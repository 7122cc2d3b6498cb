# OrderedDict iteration as C's odict_iterator: adding, deleting or moving a
# key while iterating is "OrderedDict mutated during iteration" (changing a
# value is not); the views' types, reprs and ABCs; dict(od), {**od}, f(**od)
# and json follow the moved order while dict.__repr__ shows the dict's own
# (insertion) order; __reduce__, copies, |.
from collections import OrderedDict
import collections.abc as cabc
import copy, json

def attempt(tag, f, view):
    od = OrderedDict.fromkeys("abc")
    global current
    current = od
    try:
        for k in view(od):
            f(od)
        print(tag, "ok", list(od))
    except RuntimeError as e:
        print(tag, e)

changes = [("add", lambda od: od.__setitem__("z", 1)), ("move", lambda od: od.move_to_end("a")),
           ("del", lambda od: od.__delitem__("b") if "b" in od else None), ("set", lambda od: od.__setitem__("c", 5))]
for tag, f in changes:
    for view in (lambda od: od, lambda od: od.values(), lambda od: od.items(), reversed):
        attempt(tag, f, view)

od = OrderedDict.fromkeys("abcd")
od.move_to_end("a")
print(dict.__repr__(od), list(dict.keys(od)), od.__dict__, dict(od), {**od})
def f(**kw):
    return list(kw)
print(f(**od), json.dumps(od))
print(type(od.keys()).__name__, type(iter(od)).__name__, type(od.items()).__name__, type(reversed(od)).__name__)
print(isinstance(od.keys(), cabc.KeysView), isinstance(od.values(), cabc.ValuesView), isinstance(od.items(), cabc.ItemsView), isinstance(iter(od), cabc.Iterator))
print(od.keys(), od.values(), od.items(), od.keys() & {"a", "z"}, od.keys() == {"a", "b", "c", "d"})
r = od.__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
print(copy.copy(od), copy.deepcopy(od), od | {"q": 1}, {"q": 1} | od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
for args, kwargs in [((), {}), (("k",), {"last": False}), ((), {"key": "k", "bogus": 1})]:
    try:
        OrderedDict(k=1).move_to_end(*args, **kwargs)
        print("moved")
    except TypeError as e:
        print("TypeError", e)
for bad in [[(1, 2, 3)], [[1]], [1]]:
    try:
        OrderedDict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    OrderedDict({}, {})
except TypeError as e:
    print("TypeError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
for bad in (lambda: OrderedDict().pop("a", x=1), lambda: OrderedDict().popitem(zz=1), lambda: OrderedDict().setdefault(1, q=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
