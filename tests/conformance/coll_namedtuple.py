# namedtuple: fields, defaults, rename, _make/_asdict/_replace/_fields/
# _field_defaults, repr, tuple behaviour, CPython's error messages, and
# weakrefability: instances of a namedtuple (a tuple subclass with
# __slots__ = ()) and of its subclasses cannot be weakly referenced.
from collections import namedtuple
import weakref

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(p == (1, 2), p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__)
print(repr(Point), isinstance(p, tuple), hash(p) == hash((1, 2)))
x, y = p
print(x + y, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

Node = namedtuple('Node', 'name, left right', defaults=[None, None])
print(Node('root'), Node('n', 1), Node._field_defaults)
R = namedtuple('R', ['ok', 'def', '_x', 'ok'], rename=True)
print(R._fields)

for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: Point._make([1]), lambda: p._replace(z=1),
            lambda: namedtuple('A', 'x x'), lambda: namedtuple('A', 'x _y'),
            lambda: namedtuple('A', 'class y'), lambda: namedtuple('1A', 'x'),
            lambda: namedtuple('A', 'x', defaults=[1, 2])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)

try:
    weakref.ref(p)
except TypeError as e:
    print('TypeError:', e)

class Point3(Point):
    def norm(self):
        return abs(self.x) + abs(self.y)
q = Point3(3, -4)
print(q, q.norm(), q._replace(y=0))
try:
    weakref.ref(q)
except TypeError as e:
    print('TypeError:', e)
ws = weakref.WeakSet()
try:
    ws.add(p)
except TypeError as e:
    print('TypeError:', e)
wvd = weakref.WeakValueDictionary()
try:
    wvd['p'] = p
except TypeError as e:
    print('TypeError:', e)
# A namedtuple can still be a key of a WeakKeyDictionary's value side:
class Holder:
    pass
h = Holder()
wkd = weakref.WeakKeyDictionary()
wkd[h] = p
print(wkd[h], len(wkd))
del h
print(len(wkd))
