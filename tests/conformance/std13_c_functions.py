# Functions CPython writes in C (operator, heapq, functools, time, bisect, ...)
# are builtin_function_or_method objects: stored on a class they do not bind,
# they have no __dict__, print as built-ins and pickle by name.
import bisect
import functools
import heapq
import inspect
import operator
import pickle
import time
import types


class Table:
    combine = operator.add
    push = heapq.heappush
    pop = heapq.heappop
    key = functools.cmp_to_key
    stamp = time.gmtime
    find = bisect.bisect_left

    def __init__(self):
        self.heap = []

    def add(self, item):
        self.push(self.heap, item)

    def smallest(self):
        return self.pop(self.heap)


t = Table()
for x in (5, 1, 4):
    t.add(x)
print(t.smallest(), t.heap, t.combine(2, 3), t.find([1, 3, 5], 4))
print(sorted(['bb', 'a', 'ccc'], key=t.key(lambda a, b: len(b) - len(a))))
print(type(t.stamp(0)).__name__, t.stamp(0).tm_year)

for f in (operator.add, operator.not_, heapq.heapify, functools.reduce, functools.cmp_to_key, time.monotonic, bisect.insort):
    print(repr(f), type(f).__name__, hasattr(f, '__dict__'), hasattr(f, '__get__'), hasattr(f, '__code__'),
          isinstance(f, types.BuiltinFunctionType), inspect.isbuiltin(f), inspect.isfunction(f), f.__qualname__)

print(inspect.signature(operator.add), operator.add.__text_signature__)
print(operator.add.__reduce__(), pickle.loads(pickle.dumps(operator.add)) is operator.add)
print(pickle.loads(pickle.dumps([heapq.heappush, functools.reduce])) == [heapq.heappush, functools.reduce])

for name, value in (('tag', 1), ('__name__', 'plus'), ('__doc__', 'd'), ('__self__', None)):
    try:
        setattr(operator.add, name, value)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    operator.add.__dict__
except AttributeError as e:
    print('AttributeError:', e)
try:
    del operator.add.tag
except AttributeError as e:
    print('AttributeError:', e)


# A decorator that copies metadata from a C function keeps working.
@functools.wraps(operator.mul)
def times(a, b):
    return a * b


print(times.__name__, times.__wrapped__, times(6, 7))
print(functools.reduce(operator.mul, range(1, 6)), list(map(operator.neg, [1, -2])))

# cmp_to_key's KeyWrapper type has no constructor of its own.
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, K(3).obj, K(1) < K(2))
try:
    type(K)()
except TypeError as e:
    print('TypeError:', e)
