# namedtuple fields are _collections._tuplegetter descriptors: data
# descriptors that pickle as (type, (index, doc)); the class's __new__ is a
# function compiled with empty builtins (function.__builtins__).
import inspect
import pickle
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(11, 22)
print(inspect.isdatadescriptor(Point.x), Point.x.__get__(p), Point.y.__doc__)
for bad in (lambda: Point.x.__set__(p, 33), lambda: Point.x.__delete__(p)):
    try:
        bad()
    except AttributeError as e:
        print('AttributeError', e)
print(Point.x.__reduce__()[1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    class NewPoint(tuple):
        x = pickle.loads(pickle.dumps(Point.x, proto))
        y = pickle.loads(pickle.dumps(Point.y, proto))
    np = NewPoint([1, 2])
    print(proto, np.x, np.y, type(NewPoint.x).__name__)

C = namedtuple('C', ())
new = C.__new__
print(new.__globals__['__builtins__'], new.__builtins__)

def f():
    pass
import builtins
print(f.__builtins__ is builtins.__dict__)
g = eval('lambda: 0', {'__builtins__': builtins})
print(g.__builtins__ is builtins.__dict__)
h = eval('lambda: 0', {'__builtins__': {'len': len}})
print(h.__builtins__)
try:
    f.__builtins__ = {}
except AttributeError as e:
    print('AttributeError', e)
