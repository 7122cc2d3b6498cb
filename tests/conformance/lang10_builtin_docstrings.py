print(int.__doc__[:60])
print(None.__doc__, (5).__doc__ == int.__doc__, "".__doc__ == str.__doc__)
print(len.__doc__)
print(str.join.__doc__.splitlines()[0], "".join.__doc__ == str.join.__doc__)
print(list.append.__doc__, [].append.__doc__)
print(ValueError.__doc__, KeyError().__doc__)
class E(Exception): pass
print(E.__doc__)
class F(Exception):
    "My doc."
print(F.__doc__, F().__doc__)
print(dict.__doc__.splitlines()[0], property.__doc__.splitlines()[0] if property.__doc__ else None)
print(object.__doc__, type.__doc__.splitlines()[0])
print(int.__add__.__doc__, print.__doc__.splitlines()[0])


# The dunders CPython's builtin types show.
print(None.__bool__(), NotImplemented.__bool__(), complex(1, 2).__neg__(), complex(1, -2).__pos__(), complex(3, 4).__abs__(), (1j).__complex__())
print(str.__rmod__("%s", 5), "x%sy".__rmod__("[%s]"), b"ab".__rmod__(b"<%s>"), "s".__rmod__(3))
print({1: 2}.keys().isdisjoint([3]), {1: 2}.items().isdisjoint({(1, 2)}), {1: 2}.keys().mapping)
print(len.__call__([1, 2]), str.join.__call__(",", "ab"), int.__add__.__call__(1, 2), (1).__add__.__call__(5))
print(type(len.__call__).__name__, type(str.join.__call__).__name__, staticmethod(abs)(-3))
print(repr(str.__len__), repr(int.__divmod__), repr(list.__getitem__), repr(dict.__contains__), repr(type.__call__))
class A: pass
print(type(A.__init_subclass__).__name__, type(A().__format__).__name__, type(A().__eq__).__name__)
print([n for n in ('__name__', '__mro__', '__qualname__', '__bases__', '__dict__', '__module__', 'mro') if n in dir(type)])
def f(): pass
print([n for n in ('__code__', '__defaults__', '__globals__', '__name__', '__closure__') if n in dir(f)])
print('value' in dir(StopIteration()), '__self__' in dir(len))
