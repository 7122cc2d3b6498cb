# namedtuple builds its class as CPython's Lib/collections does: __new__
# compiled from a lambda in its own namespace dict, closures over the field
# data, _tuplegetter descriptors; so a dropped namedtuple class frees the
# same number of objects, and __new__'s argument errors are the lambda's.
import collections
import gc

gc.disable()
gc.collect()
P = collections.namedtuple('P', 'x y')
del P
print('namedtuple class objects:', gc.collect())
Q = collections.namedtuple('Q', ['a', 'b', 'c'], defaults=[3])
del Q
print('with defaults:', gc.collect())
R = collections.namedtuple('R', 'only')
del R
print('one field:', gc.collect())

Point = collections.namedtuple('Point', 'x y', defaults=(0,))
print(Point(1), Point(1, 2), Point(x=5, y=6), Point._make([7, 8]), Point(1)._replace(y=9))
print(Point.__new__.__qualname__, Point.__new__.__name__, Point.__new__.__doc__, Point.__new__.__defaults__)
print(Point._make.__doc__, Point._replace.__doc__, Point.__doc__, Point.x.__doc__)
print(Point.__new__.__globals__['__name__'], sorted(Point.__new__.__globals__))
for src in ("Point()", "Point(1, 2, 3)", "Point(1, x=2)", "Point(z=1)", "Point._make([1])",
            "Point(1)._replace(z=2)", "collections.namedtuple('Bad', 'x x')", "collections.namedtuple('Bad', '_x')",
            "collections.namedtuple('Bad', 'def')", "collections.namedtuple('1Bad', 'x')",
            "collections.namedtuple('Bad', 'x y', defaults=(1, 2, 3))"):
    try:
        print(src, eval(src))
    except (TypeError, ValueError) as e:
        print(src, '->', type(e).__name__, e)
print(collections.namedtuple('Ren', 'a a def _x', rename=True)._fields)
p = Point(3, 4)
print(p._asdict(), p.__getnewargs__(), p._fields, p._field_defaults, Point.__match_args__)
