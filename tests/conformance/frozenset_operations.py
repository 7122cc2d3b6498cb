# Set algebra mixing set and frozenset: the result's type follows the left
# operand (|, &, -, ^ and the named methods), in-place operators on a
# frozenset rebind the name to a new frozenset, and iteration orders match
# CPython's tables.
a = frozenset({1, 2, 3, 4})
s = {3, 4, 5}
for label, r in [('a | s', a | s), ('s | a', s | a), ('a & s', a & s), ('s & a', s & a), ('a - s', a - s), ('s - a', s - a),
                 ('a ^ s', a ^ s), ('s ^ a', s ^ a), ('a | a', a | a)]:
    print(label, r, type(r).__name__)
for name in ('union', 'intersection', 'difference', 'symmetric_difference'):
    r = getattr(a, name)([2, 3, 9])
    print(name, r, type(r).__name__, getattr(s, name)(a), type(getattr(s, name)(a)).__name__)
print(a.union(), a.union([7], (8,), {9}), a.intersection(range(3), [2]), a.isdisjoint({9}), a.issubset(range(10)), a.issuperset([1]))
b = a
b |= {10}
print(b, a, b is a, type(b).__name__)
b &= {1, 10}
b -= {1}
b ^= {11}
print(b, type(b).__name__)
s2 = {0}
s2 |= a
print(s2, type(s2).__name__)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
words = ['apple', 'banana', 'cherry']
letters = [frozenset(w) for w in words]
common = letters[0].intersection(*letters[1:])
print(sorted(common), sorted(frozenset.union(*letters)))
print(frozenset(range(20)) - frozenset(range(0, 20, 2)))
