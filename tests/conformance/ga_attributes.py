# A types.GenericAlias answers __origin__, __args__, __parameters__ and
# __unpacked__ itself and reads every other attribute from its origin
# (ga_getattro): __name__, methods, class attributes; a missing attribute
# is the origin's AttributeError.
import collections


class Box:
    kind = "box"

    def describe(self):
        return "a box"

    __class_getitem__ = classmethod(type(list[int]))


a = dict[str, list[int]]
print(a.__origin__, a.__args__, a.__parameters__, a.__unpacked__)
print(a.__args__[1].__origin__, a.__args__[1].__args__)
print(list[int].__name__, list[int].__qualname__, list[int].__module__)
print(Box[int].kind, Box[int].__name__, Box[int].describe(Box()))
print(Box[int].__origin__ is Box)
print(list[int].__mro_entries__(()))
print(list[int].__class__)
print(collections.deque[int].__name__, collections.deque[int].__origin__)
try:
    list[int].no_such_attribute
except AttributeError as e:
    print("AttributeError:", e)
try:
    Box[int].missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    list[int].__copy__
except AttributeError as e:
    print("AttributeError:", e)
try:
    list[int].__origin__ = dict
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(list[int], "append"), hasattr(list[int], "__args__"), hasattr(list[int], "nope"))
print(type(list[int].__args__), type(tuple[()].__args__), tuple[()].__args__)
for target, name in ((list[int], "__parameters__"), (list[int], "__args__"), (list[int], "foo"),
                     (int | str, "__args__"), (int | str, "x")):
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
