"""copy and pickle round trips of objects that hold weak references."""
import copy
import pickle
import weakref
import gc


class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []

    def add(self, child):
        child.parent = weakref.ref(self)
        self.children.append(child)


class Child:
    def __init__(self, name):
        self.name = name
        self.parent = None


class SafeChild(Child):
    def __getstate__(self):
        state = self.__dict__.copy()
        state["parent"] = None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)


p = Parent("root")
c = Child("leaf")
p.add(c)

print("== pickle a weakref")
for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    try:
        pickle.dumps(c, proto)
    except TypeError as e:
        print(proto, "TypeError:", e)

print("== copy.copy shares the weakref")
c2 = copy.copy(c)
print(c2.parent is c.parent, c2.parent().name)

print("== deepcopy of a weakref returns the same weakref")
c3 = copy.deepcopy(c)
print(c3.parent is c.parent)
p2 = copy.deepcopy(p)
print("deep parent copy: children's parent points at the old parent:", p2.children[0].parent() is p)

print("== custom __getstate__ drops the weakref")
s = SafeChild("safe")
p.add(s)
data = pickle.dumps(s)
s2 = pickle.loads(data)
print(s2.name, s2.parent)

print("== WeakValueDictionary / WeakSet")
class K:
    pass
k = K()
for obj in (weakref.WeakValueDictionary({1: k}), weakref.WeakSet([k]), weakref.WeakKeyDictionary({k: 1})):
    try:
        pickle.dumps(obj)
    except (TypeError, AttributeError) as e:
        print(type(obj).__name__, type(e).__name__ + ":", e)
    cp = copy.copy(obj)
    print(type(cp).__name__, len(cp))
    dp = copy.deepcopy(obj)
    print("deep", type(dp).__name__, len(dp))

print("== proxy")
px = weakref.proxy(k)
try:
    copy.copy(px)
except TypeError as e:
    print("copy proxy TypeError:", e)
try:
    pickle.dumps(px)
except TypeError as e:
    print("pickle proxy TypeError:", e)

print("== finalize")
f = weakref.finalize(k, print, "bye")
try:
    pickle.dumps(f)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    copy.deepcopy(f)
except Exception as e:
    print(type(e).__name__ + ":", e)
del k
print("== copy of an object that holds a lambda and a WeakMethod")
class Btn:
    def click(self):
        return "clicked"
b = Btn()
m = weakref.WeakMethod(b.click)
print(m()())
try:
    copy.copy(m)
except TypeError as e:
    print("copy TypeError:", e)
m2 = weakref.WeakMethod(b.click)
print(m2 is m, m2 == m)
try:
    pickle.dumps(m)
except TypeError as e:
    print("TypeError:", e)
del b
print(m(), m2())
print("end")

print("== builtin objects with C fields of their own")
import sys
import types


class Sub(weakref.ref):
    pass


def gen():
    yield 1


class Holder:
    pass


h = Holder()
cases = [weakref.ref(h), weakref.proxy(h), gen(), property(), {}.keys(), iter({}), staticmethod(len),
         classmethod(len), sys._getframe(), (lambda: 1).__code__, types.SimpleNamespace(a=1),
         memoryview(b'x'), Sub(h), types.MappingProxyType({}), range(3), slice(1, 2), sys, object(),
         NotImplemented, Ellipsis, iter([1]), reversed([1, 2]), enumerate([]), zip(), map(len, []),
         filter(None, []), (x for x in []), h.__init__]
for c in cases:
    results = []
    for proto in (0, 2, 4):
        try:
            pickle.dumps(c, proto)
            results.append("ok")
        except Exception as e:
            results.append(f"{type(e).__name__}: {e}")
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(c)
            results.append("ok")
        except Exception as e:
            results.append(f"{type(e).__name__}: {e}")
    print(type(c).__name__)
    for r in results:
        print("   ", r)
print("module class:", sys.__class__, type(copy).__name__, copy.__class__ is type(sys))
it = reversed([1, 2, 3])
next(it)
print(it.__reduce__(), list(pickle.loads(pickle.dumps(it))))
print(pickle.loads(pickle.dumps(NotImplemented)) is NotImplemented)
