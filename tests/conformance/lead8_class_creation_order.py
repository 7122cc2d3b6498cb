# The order of objects in the collector's lists after a class statement, seen
# through gc.get_objects(): type_new copies the namespace before it allocates the
# type, then tp_mro; a builtin base's subclass list is an old dict.
import gc

def kind(o):
    if isinstance(o, type):
        return "class " + o.__name__
    t = type(o).__name__
    if t == "function":
        return "function " + o.__qualname__
    if t == "tuple":
        return "tuple of %d" % len(o)
    if t == "list":
        return "list of %d" % len(o)
    return t

gc.collect()
seen = {id(o) for o in gc.get_objects()}
seen.add(id(seen))

class Base:
    items = []
    def method(self):
        return self.items

class Derived(Base):
    @property
    def prop(self):
        return 1
    @staticmethod
    def helper():
        return 2

class Slotted:
    __slots__ = ("a", "b")

keep = [Base(), Derived(), Slotted()]
gc.collect()
print([kind(o) for o in gc.get_objects() if id(o) not in seen and type(o) is not dict])
