# What builtin types' namespaces hold and what object's slots do for any
# object: object.__repr__ of an int or str is the generic form, str.maketrans
# is a staticmethod in str.__dict__, and defaultdict keeps its factory in a
# member (no __dict__, no weak references, as the C type).
import weakref
from collections import defaultdict


def shape(text):
    # The address varies; the rest is fixed.
    head, _, tail = text.rpartition(" at 0x")
    return head + " at 0x..." + (">" if tail.endswith(">") else "")


print(shape(object.__repr__(5)), shape(object.__repr__("s")), shape(object.__repr__(None)))
print(shape(object.__repr__([])), shape(object.__repr__(int)), object.__str__(7), object.__str__("x"))
sm = vars(str)["maketrans"]
print(type(sm).__name__, type(vars(bytes)["maketrans"]).__name__, type(vars(dict)["fromkeys"]).__name__)
print(sm.__func__("ab", "xy"), str.maketrans({"a": "b"}), "abc".translate(str.maketrans("ab", "AB", "c")))
print(bytes.maketrans(b"a", b"b")[97:99], "x".maketrans("x", "y"))

dd = defaultdict(list)
for attempt in ("set", "weakref"):
    try:
        if attempt == "set":
            dd.extra = 1
        else:
            weakref.ref(dd)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(type(defaultdict.__dict__["default_factory"]).__name__, hasattr(dd, "__dict__"))
dd.default_factory = set
dd["k"].add(1)
print(dd, dd.default_factory)


class Tracked(defaultdict):
    pass


t = Tracked(int, a=1)
t.note = "sub"
r = weakref.ref(t)
print(vars(t), r() is t, t)
del t
print(r())
