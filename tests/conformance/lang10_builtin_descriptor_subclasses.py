# staticmethod, classmethod, property and super are base types: class
# statements derive from them, and the instances keep the base's behaviour.
class Tracked:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)

class S(staticmethod):
    pass

class C(classmethod):
    def __repr__(self): return "C-wrapper"

class Logged(staticmethod):
    def __get__(self, obj, typ=None):
        print("Logged.__get__", obj is None)
        return super().__get__(obj, typ)

class cached(property):
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        v = self.fget(obj)
        obj.__dict__[self.fget.__name__] = v
        return v

class A:
    @S
    def f(x):
        "doubles"
        return x * 2
    @C
    def g(cls): return cls.__name__
    @Logged
    def h(): return "h"
    @cached
    def x(self):
        print("computing x"); return 5

print(A.f(3), A().f(4), A.g(), A.h(), A().h())
w = A.__dict__['f']
print(type(w).__name__, isinstance(w, staticmethod), w.__name__, w.__doc__, w.__func__ is w.__wrapped__)
print(sorted(k for k in vars(w) if not k.startswith('__ann')))
print(repr(A.__dict__['g']), repr(S(len)).startswith('<S(<built-in function len'))
a = A(); print(a.x, a.x)
try:
    S()
except TypeError as e:
    print("TypeError:", e)
try:
    C(1, 2)
except TypeError as e:
    print("TypeError:", e)

class B(A):
    def g2(self): return "B.g2"
class D(B):
    def g2(self): return "D>" + MySuper(D, self).g2()

class MySuper(super):
    pass

class LoggingSuper(super):
    def __getattribute__(self, name):
        print("lookup", name)
        return super().__getattribute__(name)

d = D()
s = MySuper(D, d)
print(s.g2(), isinstance(s, super), s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)
print(MySuper(B, B).g(), d.g2(), LoggingSuper(D, d).g2())
s.note = "kept"
print(s.note, getattr(s, 'g2')())
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e)

# The wrapped callable lives as long as the wrapper.
def make():
    t = Tracked("callable-owner")
    def fn(): return t.name
    return S(fn)
k = make()
print(k())
del k
print("after del")

# `in` over dict.values() iterates: __eq__ clearing the dict is a size change.
d2 = {}
class Clear:
    def __eq__(self, other):
        d2.clear()
        return False
d2.update(a=Clear(), b=Clear())
try:
    print(Clear() in d2.values())
except RuntimeError as e:
    print("RuntimeError:", e)
d3 = {1: Clear()}
d2 = d3
print((1, object()) in d3.items(), d3)
