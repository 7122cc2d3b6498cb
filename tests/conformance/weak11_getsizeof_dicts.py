# sys.getsizeof of dicts that dict_merge fills by cloning a keyword dict
# (dict.update(**kw) on an empty dict, SimpleNamespace(**kw)), instance
# dicts of list/dict/float/str and ref subclasses (split over the class's
# cached keys when an attribute comes first, combined when __dict__ is read
# first), and fixed-size builtin objects.
import sys
import types
import weakref


class C:
    pass


c = C()
c.__dict__.update(a=1, b=2)
print("update(a, b) on an empty instance dict", sys.getsizeof(c.__dict__))
c2 = C()
print("empty instance dict", sys.getsizeof(c2.__dict__))
for n in (1, 5, 6, 8, 11, 12, 20, 22):
    d = {}
    d.update(**{'k%d' % i: i for i in range(n)})
    e = {'x': 0}
    e.update(**{'k%d' % i: i for i in range(n)})
    print(n, sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(dict(**{'k%d' % i: i for i in range(n)})))


class D(dict):
    pass


class L(list):
    pass


class F(float):
    pass


class S(str):
    pass


class T(tuple):
    pass


class I(int):
    pass


for cls in (D, L, F, S, T, I):
    o = cls()
    o.x = 1
    p = cls()
    q = cls()
    q.__dict__
    q.y = 2
    print(cls.__name__, sys.getsizeof(o.__dict__), sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__))


class R(weakref.ref):
    pass


target = C()
r = R(target)
r.x = 1
print("ref subclass __dict__", sys.getsizeof(r.__dict__))

print("SimpleNamespace", sys.getsizeof(types.SimpleNamespace()),
      sys.getsizeof(types.SimpleNamespace(a=1).__dict__),
      sys.getsizeof(types.SimpleNamespace(**{'k%d' % i: i for i in range(7)}).__dict__))
ns = types.SimpleNamespace(a=1)
ns.b = 2
print(ns, sys.getsizeof(ns.__dict__))


def f():
    pass


print("fixed sizes", sys.getsizeof(slice(1, 2)), sys.getsizeof(iter([])), sys.getsizeof(iter(())),
      sys.getsizeof(iter('ab')), sys.getsizeof(iter(range(3))), sys.getsizeof(iter({})),
      sys.getsizeof({}.keys()), sys.getsizeof({}.items()), sys.getsizeof(len), sys.getsizeof([].append),
      sys.getsizeof(str.join), sys.getsizeof(object.__init__), sys.getsizeof(c.__init__),
      sys.getsizeof(sys), sys.getsizeof(types.ModuleType('m')), sys.getsizeof(super(C, c)),
      sys.getsizeof(weakref.ref(f)), sys.getsizeof(weakref.ref(f, print)), sys.getsizeof(weakref.proxy(c)))
