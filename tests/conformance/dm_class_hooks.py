# Hooks on classes: __class_getitem__ (an implicit classmethod) for C[int],
# a metaclass __getitem__ taking priority, __instancecheck__ and
# __subclasscheck__ on a metaclass (isinstance's exact-type shortcut comes
# first), metaclass attributes and properties seen from the class, and a
# metaclass __getattr__ for missing class attributes.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"
class SubBox(Box):
    pass
print(Box[int], SubBox[str], Box["x"], type(Box.__dict__["__class_getitem__"]).__name__)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)

class Lookup(type):
    def __getitem__(cls, key):
        return cls.table[key]
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: cls.table.get(name[4:])
        raise AttributeError(name)
    def _count(cls):
        return len(cls.table)
    count = property(_count)
class Colors(metaclass=Lookup):
    table = {"red": 1, "green": 2}
    def __class_getitem__(cls, item):
        return "not used"
print(Colors["red"], Colors.get_green(), Colors.count, hasattr(Colors, "nope"))
try:
    Colors.count = 5
except AttributeError as e:
    print("AttributeError:", e)

class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Mallard:
    def quack(self): pass
class Stone:
    pass
print(isinstance(Mallard(), Duck), isinstance(Stone(), Duck), isinstance(Duck(), Duck))
print(issubclass(Mallard, Duck), issubclass(Stone, Duck), issubclass(Duck, Duck))
print(isinstance(Mallard(), (int, Duck)))
