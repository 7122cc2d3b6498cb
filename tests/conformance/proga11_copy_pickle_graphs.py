"""Deep copies and pickles of object graphs: slots with __weakref__,
custom reducers through copyreg, memo sharing, and what stays alive."""
import copy
import copyreg
import pickle
import weakref
import gc
import sys

gc.disable()


class Vec:
    __slots__ = ("x", "y", "__weakref__")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Body:
    def __init__(self, name, pos):
        self.name = name
        self.pos = pos
        self.watchers = weakref.WeakSet()

    def __repr__(self):
        return f"Body({self.name}, {self.pos})"


class Handle:
    """Holds an OS-like resource id; reduced to a fresh handle."""

    counter = 0

    def __init__(self, label):
        Handle.counter += 1
        self.label = label
        self.fd = Handle.counter

    def __repr__(self):
        return f"Handle({self.label}#{self.fd})"


def reduce_handle(h):
    return Handle, (h.label,)


copyreg.pickle(Handle, reduce_handle)

v = Vec(1, 2)
print(copy.copy(v), copy.deepcopy(v), pickle.loads(pickle.dumps(v)))
print(Vec.__slots__, copy.copy(v) is v)
try:
    pickle.dumps(v, 1)
except TypeError as e:
    print("proto 1:", e)

b = Body("earth", v)
b.watchers.add(v)
b2 = copy.deepcopy(b)
print(b2, b2.pos is v, len(b2.watchers), type(b2.watchers).__name__)
print("shared memo:", copy.deepcopy([v, v])[0] is copy.deepcopy([v, v])[1])
pair = copy.deepcopy([v, v])
print("same copy twice in one call:", pair[0] is pair[1])

print("== copyreg reducer")
h = Handle("log")
print(h, copy.copy(h), copy.deepcopy(h), pickle.loads(pickle.dumps(h)))
print("dispatch has Handle:", Handle in copyreg.dispatch_table)

print("== recursive structures")
a = {"name": "a"}
a["self"] = a
c = copy.deepcopy(a)
print(c["self"] is c, c is not a)
lst = [1]
lst.append(lst)
p = pickle.loads(pickle.dumps(lst))
print(p[1] is p, p)

print("== __reduce_ex__ chooses by protocol")
class Versioned:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        print("  reduce_ex with", proto)
        return (Versioned, (self.v * 10 if proto >= 2 else self.v,))


print(pickle.loads(pickle.dumps(Versioned(1), 0)).v)
print(pickle.loads(pickle.dumps(Versioned(1), 4)).v)
print(copy.copy(Versioned(2)).v)

print("== __getnewargs__ and immutables")
class Money(int):
    def __new__(cls, cents, currency="EUR"):
        self = super().__new__(cls, cents)
        self.currency = currency
        return self

    def __getnewargs__(self):
        return (int(self), self.currency)

    def __repr__(self):
        return f"Money({int(self)}, {self.currency})"


m = Money(250, "USD")
print(copy.copy(m), copy.deepcopy(m), pickle.loads(pickle.dumps(m)))

print("== objects with weakrefs to themselves")
class SelfRef:
    def __init__(self):
        self.me = weakref.ref(self)


s = SelfRef()
s2 = copy.copy(s)
print(s2.me() is s)
try:
    pickle.dumps(s)
except TypeError as e:
    print("TypeError:", e)
del s
print("copy's weakref now dead:", s2.me())
print("sizes:", sys.getsizeof(v), sys.getsizeof(b) > 0)
print("end")
