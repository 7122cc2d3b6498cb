# class F(frozenset): __new__ builds the contents (there is no __init__
# filling), instances are weakly referenceable, have a __dict__, keep the
# frozenset hash and equality, set operations return plain frozensets,
# repr shows the subclass name, and dealloc runs __del__ before the
# elements are released.
import weakref

class Tagged(frozenset):
    def __new__(cls, items, tag):
        self = super().__new__(cls, items)
        self.tag = tag
        return self
    def __repr__(self):
        return f'Tagged({sorted(self)}, {self.tag!r})'

t = Tagged([3, 1, 2], 'x')
print(t, len(t), 2 in t, t.tag, type(t).__name__, isinstance(t, frozenset))
print(t == frozenset({1, 2, 3}), hash(t) == hash(frozenset({1, 2, 3})), {t: 1}[frozenset({1, 2, 3})])
u = t | {4}
print(u, type(u).__name__, type(t.copy()).__name__, type(t & {1}).__name__, type({9} | t).__name__)

class F(frozenset):
    pass
f = F('abc')
print(repr(F()), repr(F([1])), f == frozenset('abc'), frozenset(f) is f, type(frozenset(f)).__name__)
r = weakref.ref(f)
print(r() is f)
f.note = 'attr'
print(f.__dict__)

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del item', self.n)

class Loud(frozenset):
    def __del__(self):
        print('del Loud with', len(self), 'items')

x = Loud([Item(1)])
wr = weakref.ref(x, lambda r: print('callback'))
print('drop')
del x
print('done', wr())
try:
    class Bad(frozenset):
        __slots__ = ('a', '__weakref__')
except TypeError as e:
    print(e)
class Slotted(frozenset):
    __slots__ = ('a',)
s = Slotted([1])
s.a = 5
print(s.a, repr(s), weakref.ref(s)() is s)
