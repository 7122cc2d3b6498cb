# class C(*bases): the bases come from any iterable, mixed with plain
# ones and keywords; a non-iterable is LIST_EXTEND's TypeError.
class A:
    pass
class B:
    pass
bases = (A, B)
class C(*bases):
    pass
print(C.__bases__, C.__mro__)
class D(object, *[]):
    pass
print(D.__bases__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta', name, [b.__name__ for b in bases], kw)
        return super().__new__(mcls, name, bases, ns)
class E(*(b for b in [A]), B, metaclass=Meta, flag=1):
    pass
print(type(E).__name__, E.__bases__)
try:
    class F(*1):
        pass
except TypeError as e:
    print(e)
t = (1, 2)
print(t[0:2] is t, t[:] is t, t[::1] is t, t[0:1] == (1,))
