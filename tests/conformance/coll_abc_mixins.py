# The mixin methods of collections.abc: a user MutableMapping, Sequence,
# MutableSequence and MutableSet get get/pop/update/setdefault, index/count/
# reversed, append/extend/pop/remove and the set operators from a few
# abstract methods; missing abstract methods refuse instantiation.
from collections.abc import MutableMapping, Mapping, Sequence, MutableSequence, MutableSet, Set, Iterable, Sized

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        print('set', k)
        self._d[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

r = Registry()
r.update({'a': 1}, b=2)
r.update([('c', 3)])
print(r.get('a'), r.get('zz', 'dflt'), 'b' in r, 'q' in r)
print(r.pop('a'), r.pop('nope', None), r.setdefault('d', 4), r.setdefault('d', 5))
print(sorted(r.keys()), sorted(r.values()), sorted(r.items()))
print(r == {'b': 2, 'c': 3, 'd': 4}, r != {'b': 2})
print(r.popitem(), len(r))
r.clear()
print(len(r), bool(r))
try:
    r.pop('missing')
except KeyError as e:
    print('KeyError', e)
try:
    r.popitem()
except KeyError as e:
    print('KeyError', repr(e))

class Half(Mapping):
    def __getitem__(self, k):
        return k
try:
    Half()
except TypeError as e:
    print(e)

class Row(Sequence):
    def __init__(self, *items):
        self.items = list(items)
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)

row = Row('x', 'y', 'z', 'y')
print(list(row), list(reversed(row)), row.index('y'), row.index('y', 2), row.count('y'), 'z' in row)
try:
    row.index('w')
except ValueError as e:
    print('ValueError', repr(e))

class Stack(MutableSequence):
    def __init__(self):
        self.items = []
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __len__(self):
        return len(self.items)
    def insert(self, i, v):
        self.items.insert(i, v)

s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
print(s.items, s.pop(), s.pop(0), s.items)
s.remove(3)
s.reverse()
print(s.items)
s.clear()
print(s.items)

class Tags(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
    def __repr__(self):
        return f'Tags({self.items})'

t = Tags('abc')
print(t | {'d'}, t & ['a', 'c'], t - {'a'}, t ^ Tags('cd'))
print(t <= Tags('abcd'), t < Tags('abc'), t == Tags('cba'), t.isdisjoint('xyz'))
t |= 'xy'
t -= 'a'
print(t, t.pop(), t)
t.remove('c')
try:
    t.remove('c')
except KeyError as e:
    print('KeyError', e)
print(isinstance(t, Set), isinstance(t, Iterable), isinstance(t, Sized))
