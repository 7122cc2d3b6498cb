# Enum lookups by value go through Enum.__new__ as in CPython 3.11: the
# class's __new__ is Enum.__new__ once its members exist, a __new__ of its own
# is kept as __new_member__, _missing_ results and errors are judged there.
import enum, copy, pickle
class C(enum.Enum):
    A = 1
class S(enum.Enum):
    def __new__(cls, v, label=""):
        o = object.__new__(cls); o._value_ = v; o.label = label; return o
    B = 2, "bee"
class Sub(enum.Enum):
    pass
class Base(enum.Enum):
    def __new__(cls, v):
        o = object.__new__(cls); o._value_ = v * 10; return o
class D(Base):
    X = 1
class I(enum.IntEnum):
    X = 1
class F(enum.Flag):
    R = 1; W = 2
print('__new__' in dir(C), '__new__' in dir(S), '__new__' in dir(enum.Enum), '__new__' in dir(enum.IntEnum), '__new__' in dir(enum.Flag))
print(C.__new__.__qualname__, C.__dict__['__new__'].__qualname__, S.__new_member__.__qualname__, S._new_member_.__qualname__, C._new_member_ is object.__new__, I._new_member_ is int.__new__)
print(D.X, D(10), S(2).label, S.B, I(1), F(3), F(0), repr(F(3)), copy.copy(C.A), copy.deepcopy(F.R), C(C.A))
print(pickle.loads(pickle.dumps(C.A)) is C.A, pickle.loads(pickle.dumps(F(3))))
for bad in (5, [1]):
    try:
        C(bad)
    except ValueError as e:
        print(e)
try:
    F("x")
except ValueError as e:
    print(e, e.__context__)
try:
    Sub(1)
except TypeError as e:
    print(e)
class M(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        return 5
try:
    M(2)
except TypeError as e:
    print(e, repr(e.__context__))
class N(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        raise KeyError(v)
try:
    N(2)
except KeyError as e:
    print(repr(e), repr(e.__context__))
class O(enum.Enum):
    A = "a"
    @classmethod
    def _missing_(cls, v):
        return cls.A if v.lower() == "a" else None
print(O("A"), enum.Enum("Animal", "CAT DOG")(2), enum.IntFlag("P", "R W")(3))
