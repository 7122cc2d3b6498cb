# isinstance and issubclass with unions: int | str, Optional-style X | None,
# unions of user classes and subclasses, unions inside tuples, and the
# checks a program uses to validate its arguments.
class Shape:
    pass


class Circle(Shape):
    pass


class Square(Shape):
    pass


Number = int | float
MaybeShape = Shape | None
print(isinstance(3, Number), isinstance(2.5, Number), isinstance("3", Number), isinstance(True, Number))
print(isinstance(None, MaybeShape), isinstance(Circle(), MaybeShape), isinstance(3, MaybeShape))
print(issubclass(Circle, Shape | int), issubclass(bool, Number), issubclass(str, Number))
print(isinstance(b"x", (str, bytes | bytearray)), isinstance(1, (str, bytes | None)))
print(issubclass(Square, (int, Circle | Square)))


def area(shape: Circle | Square | None) -> float:
    if not isinstance(shape, Circle | Square):
        raise TypeError(f"expected Circle | Square, got {type(shape).__name__}")
    return 1.0


print(area(Circle()), area.__annotations__)
try:
    area(3)
except TypeError as e:
    print("TypeError:", e)
