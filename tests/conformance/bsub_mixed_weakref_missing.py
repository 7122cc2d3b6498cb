# dict/list/str/int/tuple/set/bytes/exception subclasses: __missing__, 
# overridden append with super(), operators returning the base type, 
# weakrefability of each builtin subclass and the __slots__ TypeErrors; 
# classes collected.
import weakref, gc
class D(dict):
    def __missing__(self, k):
        print("missing", k)
        v = self[k] = [k]
        return v
    def __del__(self):
        print("del D", len(self))
d = D(a=1)
d["x"].append(2)
print(d, d.get("y"), "y" in d, d["x"])
wd = weakref.ref(d)
class L(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __del__(self):
        print("del L", list(self))
l = L([1, 2])
l.append(3)
l += [4]
l.extend([5])
print(l, type(l + [6]).__name__, type(l[1:]).__name__, l * 2 == [1, 2, 3, 4, 5] * 2)
wl = weakref.ref(l)
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi")
print(s.shout(), type(s + "x").__name__, type(s.upper()).__name__, repr(s), s == "hi", hash(s) == hash("hi"))
ws = weakref.ref(s)
print(ws() is s)
for base in (int, tuple, bytes, float, complex, frozenset, set, type, object, str):
    class X(base): pass
    try:
        x = X()
        weakref.ref(x)
        print(base.__name__, "weakrefable")
    except TypeError as e:
        print(base.__name__, "TypeError", e)
class I(int):
    def __repr__(self): return f"I({int(self)})"
i = I(5)
print(i + 1, type(i + 1).__name__, i, str(i), f"{i}", f"{i!r}", I(3) == 3, -i)
class T(tuple):
    def __new__(cls, a, b):
        print("T new")
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
t = T(1, 2)
print(t, t.first, len(t), type(t[:1]).__name__)
try:
    class Bad(int):
        __slots__ = ("x",)
except TypeError as e:
    print("slots TypeError:", e)
try:
    class W(list):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("slots TypeError:", e)
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __del__(self):
        print("del E", self.code)
try:
    raise E(7, "seven")
except E as e:
    print(e, e.args, e.code, repr(e))
print("after except")
class St(set):
    pass
st = St([3, 1])
print(st | {5}, type(st | {5}).__name__, st, sorted(st))
class B(bytes):
    pass
print(B(b"ab"), B(b"ab") + b"c", type(B(b"x")[0:1]).__name__)
del d, l
print("collect", gc.collect())
print(wd(), wl())
