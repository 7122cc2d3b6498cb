# copy.copy and copy.deepcopy of the new builtin types, as Lib/copy.py
# dispatches them: bytes, complex, Ellipsis and frozenset are their own
# shallow copy; deepcopy makes a new frozenset of deep-copied items; a
# bytearray is copied by bytearray.copy (a new object, same bytes).
import copy

class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Box({self.v!r})'
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v

fs = frozenset({1, 2})
ba = bytearray(b'abc')
for x in (b'bytes', 1 + 2j, ..., fs, ba):
    c = copy.copy(x)
    d = copy.deepcopy(x)
    print(repr(x), c is x, d is x, c == x, d == x, type(c).__name__, type(d).__name__)
boxes = frozenset({Box(1), Box(2)})
deep = copy.deepcopy(boxes)
print(deep == boxes, deep is boxes, all(any(a is b for b in boxes) for a in deep))
nested = {'data': [b'x', bytearray(b'y'), frozenset({3})], 'c': 2j}
dn = copy.deepcopy(nested)
print(dn, dn['data'][1] is nested['data'][1], dn['data'][0] is nested['data'][0])
ba2 = copy.copy(ba)
ba2.append(100)
print(ba, ba2)
