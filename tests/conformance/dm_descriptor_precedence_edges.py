# Attribute lookup precedence for the descriptor edge cases
# (PyObject_GenericGetAttr, type_getattro): a data descriptor with only
# __set__ or only __delete__ (no __get__) does not shadow the instance's own
# attribute and is itself the answer when the instance has none; a __get__
# returning None is a value; non-data descriptors lose to the instance dict;
# the same rules through a metaclass for class attributes.
class OnlySet:
    def __set__(self, obj, value):
        print("OnlySet.__set__", value)
        if not isinstance(obj, type):
            obj.__dict__["x"] = value * 10
class OnlyDelete:
    def __delete__(self, obj):
        print("OnlyDelete.__delete__")
class GetNone:
    def __get__(self, obj, typ=None):
        return None
    def __set__(self, obj, value):
        print("GetNone.__set__", value)
class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"
class C:
    x = OnlySet()
    y = OnlyDelete()
    z = GetNone()
    w = NonData()
c = C()
print(type(c.x).__name__, type(c.y).__name__, c.z, c.w)
c.x = 4
print(c.x, vars(c))
c.__dict__["y"] = "own y"
print(c.y)
del c.y
print(c.y)
c.__dict__["z"] = "own z"
print(c.z)
c.z = 1
c.__dict__["w"] = "own w"
print(c.w)
try:
    c.y = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(C.x).__name__, C.z, C.w)
class Meta(type):
    tag = OnlySet()
    note = NonData()
class K(metaclass=Meta):
    pass
print(type(K.tag).__name__, K.note)
K.tag = 3
print("x" in vars(K))
class K2(metaclass=Meta):
    tag = "class-level tag"
    note = "class-level note"
print(K2.tag, K2.note)
