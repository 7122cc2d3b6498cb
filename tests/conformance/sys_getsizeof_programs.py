# sys.getsizeof in programs: comparing the per-instance size of a plain
# class, a __slots__ class and a namedtuple-like tuple, a memory estimate
# over a list of records via their own __sizeof__, the size of strings by
# content, and getsizeof of objects that die right after being measured.
import sys

class PointDict:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointSlots:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointWeak:
    __slots__ = ('x', 'y', '__weakref__')
    def __init__(self, x, y):
        self.x, self.y = x, y

for cls in (PointDict, PointSlots, PointWeak):
    p = cls(1, 2)
    print(cls.__name__, sys.getsizeof(p), p.__sizeof__())
print('tuple', sys.getsizeof((1, 2)))

class Record:
    __slots__ = ('name', 'tags')
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
    def __sizeof__(self):
        return object.__sizeof__(self) + sys.getsizeof(self.name) + sys.getsizeof(self.tags)
    def __del__(self):
        print('  record', self.name, 'freed')

records = [Record('alpha', ()), Record('βeta', (1, 2)), Record('gamma' * 10, tuple(range(5)))]
sizes = [sys.getsizeof(r) for r in records]
print(sizes, sum(sizes))
print([sys.getsizeof(s) for s in ('', 'ascii', 'café', 'Ω', '中文', '😀😀', 'x' * 1000)])
print([sys.getsizeof(n) for n in (0, 1, 2**15, 2**30, 2**45, 2**60, 2**64, -2**100)])
print(sys.getsizeof(Record('temp', ())))
records.pop()
print('done')
