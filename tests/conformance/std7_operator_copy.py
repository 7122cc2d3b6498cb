# operator (itemgetter/attrgetter/methodcaller and their reprs, the
# functional operators) and copy: shallow vs deep copies,
# __copy__/__deepcopy__ hooks with the memo, a self-containing list, tuples
# kept by identity, __slots__ objects, SimpleNamespace, the errors for a
# bad itemgetter and a deep-copied iterator.
import operator, copy
print(operator.add(1, 2), operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)('abc'))
print(operator.attrgetter('real')(3+4j), operator.attrgetter('a.b')(type('X', (), {'a': type('Y', (), {'b': 9})})))
print(operator.methodcaller('split', ',')('a,b'), repr(operator.methodcaller('f', 1, k=2)))
print(repr(operator.itemgetter(1, 'a')), repr(operator.attrgetter('x', 'y.z')))
print(operator.neg(5), operator.not_(0), operator.truth([]), operator.contains([1], 1), operator.index(7))
print(operator.concat([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l)
print(operator.iadd([1], [2]), operator.lt(1, 2), operator.is_(None, None), operator.length_hint([1, 2]))
class Box:
    def __init__(self, items): self.items = items
    def __repr__(self): return f"Box({self.items})"
b = Box([[1], [2]])
s = copy.copy(b); d = copy.deepcopy(b)
b.items[0].append(99)
print(s, d, s.items is b.items, d.items is b.items)
class Custom:
    def __init__(self): self.v = [1]
    def __copy__(self):
        print("__copy__"); c = Custom(); c.v = self.v; return c
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__); c = Custom(); c.v = copy.deepcopy(self.v, memo); return c
x = Custom(); copy.copy(x); copy.deepcopy(x)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
print(copy.deepcopy({'a': (1, [2])}), copy.copy((1, 2)) is not None)
t = (1, [2]); print(copy.deepcopy(t) is t, copy.copy(t) is t)
ft = (1, 2); print(copy.deepcopy(ft) is ft)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
z = copy.deepcopy(Slotted()); print(z.a, z.b)
import types
ns = types.SimpleNamespace(a=1, b=[1])
print(copy.deepcopy(ns), copy.copy(ns) == ns)
try:
    operator.itemgetter()
except TypeError as e:
    print("TypeError", e)
try:
    copy.deepcopy(iter([1]))
    print("ok iter")
except TypeError as e:
    print("TypeError", e)
