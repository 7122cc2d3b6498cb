# A class's __module__ is whatever its namespace holds (type_module): a
# namedtuple made with module=<a module object> keeps that object, as does
# an assignment; a string is the usual case.
import collections
import types

NT = collections.namedtuple('NT', 'x y', module=collections)
print(NT.__module__ is collections, type(NT.__module__).__name__)
print(NT(1, 2))

Named = collections.namedtuple('Named', 'a', module='somewhere.else')
print(Named.__module__, repr(Named).split("'")[1])


class Plain:
    pass


print(Plain.__module__)
Plain.__module__ = 42
print(Plain.__module__, Plain.__dict__['__module__'])
Plain.__module__ = 'pkg.mod'
print(Plain.__module__, Plain.__qualname__)
ns = types.SimpleNamespace(tag='x')
Plain.__module__ = ns
print(Plain.__module__ is ns)
