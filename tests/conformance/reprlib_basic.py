# reprlib: the module-level repr and Repr with its limits (maxlevel,
# maxlist, maxdict, maxstring, maxlong, maxother, fillvalue), subclasses
# adding repr_<type> methods, sorted sets and dicts, a __repr__ that raises,
# and recursive_repr on a linked structure (the wrapper keeps the original
# name, qualname and doc; a cycle prints the fillvalue).
import reprlib
from collections import deque

print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)))
print(reprlib.repr('x' * 100), reprlib.repr(2 ** 200), reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset('abcdefgh')), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr([[[[[[[[]]]]]]]]), reprlib.repr({}), reprlib.repr(deque(range(10))))
print(reprlib.repr({'b': 1, 'a': 2, 3: 'mixed'}), reprlib.repr({1, 'a', 2.5}))

class Thing:
    def __repr__(self):
        return "Thing(" + "x" * 50 + ")"
class Broken:
    def __repr__(self):
        raise RuntimeError("no repr")
print(reprlib.repr(Thing()), reprlib.repr(3.14159), reprlib.repr(None))
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))

r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 1
r.fillvalue = '[..]'
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'), r.repr([[1, 2], [3]]), r.repr({'k': [1]}))
print(sorted(k for k in vars(reprlib.Repr()) if k.startswith('max')), reprlib.aRepr.maxdict)

class MyRepr(reprlib.Repr):
    def repr_Thing(self, obj, level):
        return '<a Thing>'
    def repr_TextIOWrapper(self, obj, level):
        return 'file'
print(MyRepr().repr([Thing(), Thing()]), MyRepr().repr(Thing()))

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    @reprlib.recursive_repr()
    def __repr__(self):
        "Show the chain."
        return f'Node({self.name!r} -> {self.next!r})'

a, b, c = Node('a'), Node('b'), Node('c')
a.next, b.next = b, c
print(repr(a))
c.next = a
print(repr(a), repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)

class Bag(list):
    @reprlib.recursive_repr(fillvalue='<self>')
    def __repr__(self):
        return 'Bag(' + ', '.join(map(repr, self)) + ')'
bag = Bag([1, 2])
bag.append(bag)
print(bag)
print(sorted(reprlib.__all__))
