# __class_getitem__ on user classes: an implicit classmethod, inherited,
# overridable, returning anything; classmethod(GenericAlias) gives real
# aliases; builtin subclasses inherit list's/dict's (L[int] is __main__.L[int]);
# classes without it are not subscriptable.
import types


class Plain:
    pass


class Custom:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item!r}"


class Child(Custom):
    pass


class Aliased:
    __class_getitem__ = classmethod(types.GenericAlias)


class L(list):
    pass


class D(dict):
    pass


print(Custom[int], Child[str], Custom[1, 2])
print(Aliased[int], type(Aliased[int]).__name__, Aliased[int].__origin__ is Aliased)
print(L[int], D[str, int], L[int]().__class__.__name__)
print(list.__class_getitem__(int), L.__class_getitem__(str))
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
