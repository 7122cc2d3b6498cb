# A special method found on the type is called as CPython's
# lookup_maybe_method + call_unbound do: a function gets the instance; a
# builtin function (len, hash) or a bound method has no __get__ and is called
# without it; staticmethod, classmethod and descriptor classes are bound
# through __get__; a callable instance without __get__ gets no instance.
# __del__ follows the same rule (its error is reported when the object dies).
import sys

class ShortPaths:
    name = __file__.rsplit("/", 1)[-1]
    def write(self, text):
        return sys.__stdout__.write(text.replace(__file__, self.name))
    def flush(self):
        pass
sys.stderr = ShortPaths()

class Callable:
    def __call__(self, *args):
        return "called with %d args" % len(args)

class Descriptor:
    def __get__(self, obj, cls):
        return lambda *args: "bound to %s with %r" % (type(obj).__name__, args)

class A:
    __len__ = len
    __repr__ = object.__repr__
    __neg__ = classmethod(lambda c: c.__name__)
    __pos__ = staticmethod(lambda *a: len(a))
    __hash__ = hash
    __bool__ = [].__contains__
    __str__ = "x".upper
    __invert__ = Callable()
    __abs__ = Descriptor()
    __getitem__ = {1: "one"}.get
    def __eq__(self, other):
        return "eq"

a = A()
print(repr(a)[:10], -a, +a, str(a), a == 1, ~a, abs(a), a[1], a[2])
for f in [len, hash, bool]:
    try:
        print(f(a))
    except TypeError as e:
        print(f.__name__, "TypeError:", e)

class B:
    __eq__ = staticmethod(lambda a, b: ("static", a, b))
try:
    B() == 1
except TypeError as e:
    print("TypeError:", e)

class E:
    __del__ = len
e = E()
del e
print("after del E")

class F:
    __del__ = staticmethod(lambda: print("static __del__ ran"))
f = F()
del f

class G:
    def __init__(self, name):
        self.name = name
    __del__ = Descriptor()
g = G("g")
del g

class H:
    __del__ = Callable()
h = H()
del h
print("end")
