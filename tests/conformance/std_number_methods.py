# int's and float's number methods called by name (int.__abs__(x),
# (3).__index__(), float.__add__, super().__neg__(), x.as_integer_ratio())
# agree with the operators and builtins; operator.index is PyNumber_Index;
# a float subclass's own arithmetic and comparison methods win over
# float_add / float_richcompare (the reflected ones too), and a plain
# float subclass still computes by value.
import operator
print((3).__index__(), (3).__neg__(), (3).__abs__(), (-3).__abs__(), (3).__int__(), (3).__float__(), (3).__pos__(), (3).__invert__(), (3).__trunc__(), (3).__floor__(), (3).__ceil__(), (3).__round__(), (37).__round__(-1))
print((2.5).__neg__(), (2.5).__abs__(), (2.5).__int__(), (2.5).__float__(), (2.5).__pos__(), (2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (2.5).__round__(), (2.567).__round__(2))
print(float.__add__(1.0, 2), (1.5).__mul__(2), (1.5).__rsub__(1), (7.0).__floordiv__(2), (7.0).__mod__(2), (2.0).__pow__(3), (1.0).__truediv__(4), (1.0).__add__("x"))
print((7).__divmod__(2), (7.5).__divmod__(2), (7).__rdivmod__(20), (1.5).as_integer_ratio(), (2.0).is_integer(), (3).as_integer_ratio(), (3).real, (3).imag, (3.5).real, (3.5).imag, (3.5).conjugate())
print(operator.index(5), operator.index(True), operator.length_hint([], False), (5).__bool__(), (0.0).__bool__())
class Num:
    def __index__(self): return 7
print(operator.index(Num()), [0,1,2,3,4,5,6,7,8][Num()])
try:
    operator.index(2.5)
except TypeError as e:
    print("TypeError:", e)
class Meters(float):
    def __add__(self, other):
        return Meters(float.__add__(self, other))
    def __repr__(self):
        return f"{float.__repr__(self)}m"
print(Meters(1.5) + 2, -Meters(2), abs(Meters(-3)))
class Count(int):
    def __neg__(self):
        return Count(int.__neg__(self) * 10)
print(-Count(2), int.__abs__(-4), float.__neg__(2.0), int.__index__(9))
print(int.__add__(1, 2), int.__lt__(1, 2), float.__lt__(1.0, 2.0), float.__eq__(1.0, 1), float.__hash__(1.0) == hash(1.0))
print(operator.matmul.__name__ if hasattr(operator, "matmul") else "no matmul")
class P(float):
    def __eq__(s, o): return "eq!"
    __hash__ = float.__hash__
print(P(1) == 1, 1 == P(1), P(1) != 1)
class M(float):
    def __add__(s, o): return "added"
    def __radd__(s, o): return "radded"
    def __neg__(s): return "neg"
    def __lt__(s, o): return "lt"
    def __repr__(s): return "M!"
class I(int):
    def __add__(s, o): return "iadded"
    def __mul__(s, o): return "imul"
print(M(1) + 2, 2 + M(1), -M(3), M(1) < 2, repr(M(2)), I(1) + 2, I(2) * 3, 1.5 + M(1))
class N(float): pass
for bad in (lambda: (2.5).__int__(1), lambda: float("nan").as_integer_ratio(), lambda: float("inf").__floor__(), lambda: (1e308 * 10).__int__()):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print((0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e22).as_integer_ratio(), (5e-324).as_integer_ratio()[1].bit_length())
print(operator.length_hint(object(), True), operator.matmul.__name__)
