# The iterator types of builtin containers as CPython names them
# (str_iterator for non-ASCII text, longrange_iterator past a C long,
# _collections._deque_iterator/_deque_reverse_iterator) and their
# __length_hint__ (operator.length_hint), including after exhaustion and
# mutation; memoryview iteration is a lazy memory_iterator; a deque iterator keeps its deque alive until it dies and
# reports a mutation once.
import collections
import itertools
import operator

objs = [iter([1, 2]), iter((1,)), iter('ab'), iter('é!'), iter(range(3)), iter(range(2**70)), iter({1: 2}), iter({1, 2}),
        iter(frozenset()), iter(b'xyz'), iter(bytearray(b'q')), iter({1: 2}.values()), iter({1: 2}.items()),
        reversed([1, 2]), reversed((1, 2, 3)), reversed(range(2)), reversed({1: 2}), reversed({}.values()),
        reversed({}.items()), iter(int, 1), enumerate([]), zip(), map(str, []), filter(None, []),
        collections.deque([1, 2]).__iter__(), reversed(collections.deque([1]))]
for o in objs:
    t = type(o)
    hint = operator.length_hint(o, -1) if t is not type(iter(range(2**70))) else 'big'
    print(t.__name__, t.__module__, hasattr(o, '__length_hint__'), hint)
try:
    operator.length_hint(iter(range(2**70)))
except OverflowError as e:
    print('OverflowError', e)
print(iter(range(2**70)).__length_hint__(), type(iter(range(2**62))).__name__, type(iter(range(-2**63, 0))).__name__)

it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
d = {1: 1, 2: 2}
di = iter(d)
next(di)
print(di.__length_hint__())
d[3] = 3
print(di.__length_hint__())
s = {1, 2, 3}
si = iter(s)
next(si)
print(si.__length_hint__())
s.add(9)
print(si.__length_hint__())
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)
class SizedSeq(Seq):
    def __len__(self):
        return 3
print(iter(Seq()).__length_hint__(), iter(SizedSeq()).__length_hint__(), operator.length_hint(iter(Seq()), 7))

class O:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
d = collections.deque([O(1), O(2)])
it = iter(d)
print(it.__length_hint__(), next(it).n, it.__length_hint__())
print(len(list(it)), it.__length_hint__())
del d
print('deque dropped; the iterator still holds it')
del it
print('---')
d = collections.deque([1, 2, 3])
it = reversed(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print(e)
print(next(it, 'done'), it.__length_hint__())
m = memoryview(b"abc")
it = iter(m)
print(type(it).__name__, next(it), list(it), hasattr(it, "__length_hint__"))
m2 = memoryview(bytearray(b"xy"))
it2 = iter(m2)
m2.release()
try: next(it2)
except ValueError as e: print(e)
print(list(memoryview(b"hi")), [x for x in memoryview(b"\x01\x02")])
