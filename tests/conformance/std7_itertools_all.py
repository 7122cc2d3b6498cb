# itertools, every function: count/cycle/repeat reprs, accumulate (func,
# initial), chain, compress, dropwhile/takewhile, filterfalse, groupby
# (including a group read after the groupby moved on), islice (and its
# ValueError), pairwise, starmap, tee, zip_longest, product, permutations,
# combinations(_with_replacement).
import itertools as it, operator
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(1.5), 3)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(repr(it.count(3)), repr(it.repeat(1, 2)), repr(it.count(1, 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain('ab', [1, 2])), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(8))))
for k, g in it.groupby(sorted("mississippi")):
    print(k, list(g), end="; ")
print()
print([(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice(range(10), 3)))
print(list(it.pairwise('abcd')), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(it.product('ab', repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations('abc', 2)))
print(list(it.combinations(range(4), 3)), list(it.combinations_with_replacement('ab', 2)))
try:
    list(it.islice('abc', -1))
except ValueError as e:
    print("ValueError", e)
g = it.groupby('aab')
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(it.batched('abcdefg', 3)) if hasattr(it, 'batched') else 'no batched')
print(type(it.chain()).__name__, type(it.tee([1])[0]).__name__)
c = it.count()
next(c); print(c)
print(list(zip(it.count(), 'abc')))
