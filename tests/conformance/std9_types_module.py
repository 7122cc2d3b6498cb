# types: the descriptor types by name, new_class / prepare_class /
# resolve_bases (PEP 560 __mro_entries__ and the most derived metaclass).
import types


print(types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType)
print(types.ClassMethodDescriptorType, types.GetSetDescriptorType)
print(isinstance(str.join, types.MethodDescriptorType), isinstance(object.__init__, types.WrapperDescriptorType))
print(isinstance([].__len__, types.MethodWrapperType), isinstance(len, types.BuiltinFunctionType))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", name, [b.__name__ for b in bases], kwds)
        return {"from_prepare": True}

    def __new__(mcls, name, bases, ns, **kwds):
        print("meta new", name, sorted(ns))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    pass


def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__


Dyn = types.new_class("Dyn", (Base,), {"flag": 1}, body)
print(type(Dyn).__name__, Dyn().greet(), Dyn.from_prepare)
meta, ns, kw = types.prepare_class("X", (Base,), {"metaclass": type, "k": 2})
print(meta.__name__, ns, kw)


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


print(types.resolve_bases((Entry(), int)), types.resolve_bases((int,)))
D = types.new_class("D", (Entry(),))
print(D.__mro__, D.__orig_bases__[0].__class__.__name__)
Plain = types.new_class("Plain")
print(Plain, type(Plain), Plain.__mro__)


class M1(type):
    pass


class M2(type):
    pass


try:
    types.new_class("Bad", (M1("A", (), {}), M2("B", (), {})))
except TypeError as e:
    print(e)
