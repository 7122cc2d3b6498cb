# get_type_hints: string annotations (forward references) evaluated in the
# defining module, None as NoneType, a class's hints with its bases' (base
# first), ClassVar kept, methods, NamedTuple and TypedDict classes, the
# NameError of an unresolvable name, ForwardRef reprs.
from typing import ClassVar, Dict, ForwardRef, List, NamedTuple, Optional, TypedDict, get_type_hints


class Node:
    parent: Optional['Node']
    children: List['Node']
    value: int = 0
    label: ClassVar[str] = "node"

    def attach(self, child: 'Node') -> None:
        self.children.append(child)


class Child(Node):
    extra: 'Dict[str, int]'


def f(a: 'int', b: 'List[Node]' = None) -> 'Node':
    pass


def g(x: int = None, y: None = None):
    pass


class Point(NamedTuple):
    x: int
    y: 'float'


class Movie(TypedDict):
    name: str


print(get_type_hints(Node))
print(get_type_hints(Child))
print(get_type_hints(f), f.__annotations__)
print(get_type_hints(g), get_type_hints(Node.attach), get_type_hints(Node().attach))
print(get_type_hints(Point), get_type_hints(Movie), get_type_hints(lambda: 0))
print(ForwardRef('X'), Optional['Node'], List['Node'], ForwardRef('X') == ForwardRef('X'))
try:
    def h(x: 'Missing'):
        pass
    get_type_hints(h)
except NameError as e:
    print("NameError:", e)
try:
    get_type_hints(3)
except TypeError as e:
    print("TypeError:", e)
