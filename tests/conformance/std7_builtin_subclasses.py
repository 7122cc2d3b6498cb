# Subclasses of builtin types in ordinary code: dict with __missing__ (and
# format_map), list with its own __init__, set, str, int with __new__
# validation, tuple with properties, float with __repr__; which are weakly
# referenceable; dict subclasses in a cycle with __del__; a __setitem__
# override that update() bypasses; __slots__ on list and int subclasses.
import weakref, gc
class D(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = D(a=1)
print(d['abc'], d, d.get('zz'), 'zz' in d, type(d).__name__, repr(d))
class Default(dict):
    def __missing__(self, k): return f"<{k}>"
print("{x} and {y}".format_map(Default(x=1)))
class L(list):
    def __init__(self, *a):
        super().__init__(a)
    def total(self): return sum(self)
l = L(1, 2, 3); l.append(4)
print(l, l.total(), l[1:], type(l[1:]).__name__, type(l + l).__name__, isinstance(l, list))
r = weakref.ref(l); print(r() is l)
class S(set):
    pass
s = S([1, 2]); print(s, s | {3}, type(s | {3}).__name__, weakref.ref(s)() is s)
class Up(str):
    def shout(self): return self.upper() + "!"
u = Up("hi"); print(u, u.shout(), repr(u), type(u + "x").__name__, u == "hi", hash(u) == hash("hi"), {u: 1}["hi"])
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
p = Pos(5); print(p, p + 1, type(p + 1).__name__, repr(p), isinstance(p, int))
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)
for obj in (p, (1,), b'x'):
    try:
        weakref.ref(type('T', (type(obj),), {})(obj))
    except TypeError as e:
        print("TypeError", e)
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
pt = Pt(1, 2); print(pt, pt.x, len(pt), pt == (1, 2), type(pt[:1]).__name__)
class F(float):
    def __repr__(self): return f"F({float(self)})"
print(F(1.5), [F(2)], F(1.5) * 2, str(F(3.0)))
class Node(dict):
    def __del__(self): print("del node", dict.get(self, 'n'))
a = Node(n=1); b = Node(n=2); a['peer'] = b; b['peer'] = a
del a, b
print("collect", gc.collect() >= 2)
class Strict(dict):
    def __setitem__(self, k, v):
        if not isinstance(k, str): raise TypeError("keys must be str")
        super().__setitem__(k, v)
st = Strict(); st['a'] = 1
try:
    st[1] = 2
except TypeError as e:
    print("TypeError", e)
st.update({1: 2}); print(st)
class Bag(list):
    __slots__ = ('name',)
try:
    class Bad(int):
        __slots__ = ('x',)
except TypeError as e:
    print("TypeError", e)
bag = Bag([1]); bag.name = "b"; print(bag, bag.name)
