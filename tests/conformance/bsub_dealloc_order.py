# subtype_dealloc's order for builtin subclasses dying by refcount: __del__
# first; then, for list/dict/tuple subclasses (which add the weakref list),
# the weakref callbacks; then the instance's attributes; then the builtin's
# own contents (list items last to first, dict entries in insertion order,
# tuple items last to first). A set subclass's weakrefs are cleared by the
# set's own dealloc: after the attributes, before the elements.
import weakref

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
    def __repr__(self):
        return self.name

class L(list):
    def __del__(self):
        print("  L.__del__", len(self))

class D(dict):
    def __del__(self):
        print("  D.__del__", len(self))

class T(tuple):
    def __del__(self):
        print("  T.__del__", len(self))

class S(set):
    def __del__(self):
        print("  S.__del__", len(self))

print("list subclass")
l = L([Noisy("item0"), Noisy("item1"), Noisy("item2")])
l.attr = Noisy("attr")
w = weakref.ref(l, lambda r: print("  callback L"))
del l
print("dict subclass")
d = D(a=Noisy("va"), b=Noisy("vb"))
d.attr = Noisy("attr")
w = weakref.ref(d, lambda r: print("  callback D"))
del d
print("tuple subclass")
t = T([Noisy("t0"), Noisy("t1")])
t.attr = Noisy("attr")
del t
print("set subclass")
s = S([1])
s.attr = Noisy("attr")
s.other = Noisy("other")
w = weakref.ref(s, lambda r: print("  callback S"))
del s
print("no __del__")

class Plain(list):
    pass

p = Plain([Noisy("p0"), Noisy("p1")])
p.first = Noisy("first")
p.second = Noisy("second")
w = weakref.ref(p, lambda r: print("  callback Plain"))
p = None
print("end")
