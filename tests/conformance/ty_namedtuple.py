# typing.NamedTuple in class syntax (annotations become fields, defaults,
# methods and class attributes kept, docstring) and call syntax; the
# resulting class is a tuple subclass with _fields, _field_defaults,
# __annotations__, _replace, _asdict; field-order and overwrite errors.
from typing import List, NamedTuple, Optional


class Point(NamedTuple):
    """A point in the plane."""
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

    origin_label = "O"


p = Point(1)
print(p, p.norm(), p.x, p[1], Point._fields, Point._field_defaults, Point.__annotations__)
print(p._replace(y=5), p._asdict(), Point.__doc__, Point.origin_label, len(p), p == (1, 0))
print(Point.__mro__, Point.__bases__, type(p).__name__, isinstance(p, tuple))
x, y = Point(3, 4)
print(x + y, Point._make([7, 8]), sorted({Point(2, 1), Point(1, 2)}))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp._fields)
Kw = NamedTuple('Kw', name=str, tags=List[str])
print(Kw('n', ['t']), Kw.__annotations__)


class Node(NamedTuple):
    value: int
    parent: Optional['Node'] = None


leaf = Node(2, Node(1))
print(leaf, leaf.parent.value, Node.__annotations__)
for f in (lambda: Point(), lambda: Point(1, 2, 3), lambda: setattr(p, 'x', 5)):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        x: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)
