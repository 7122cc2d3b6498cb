# itertools and operator: every iterator kind with its common arguments, the
# islice argument errors, reprs of count/repeat/itemgetter/attrgetter/
# methodcaller, and the operator functions.
import itertools as it, operator as op
print(list(it.islice(it.count(5, 2), 4)), repr(it.count(3)), repr(it.count(1, 2)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)), repr(it.repeat(1, 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], op.mul, initial=10)))
print(list(it.chain('ab', [1, 2])), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.islice('abcdefg', 1, 6, 2)), list(it.islice('abc', None)))
print(list(it.pairwise('abcd')), list(it.zip_longest('ab', 'xyz', fillvalue='-')))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in it.groupby([1, 2, 3, 4, 5], key=lambda x: x % 2 == 0)])
a, b = it.tee([1, 2, 3])
print(list(a), list(b), len(it.tee('x', 3)))
print(list(it.product('ab', repeat=2)), list(it.product('ab', [1, 2])))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(4)))))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('ab', 2)))
for bad in [lambda: it.islice('a', -1), lambda: it.islice('a', 0, 1, 0), lambda: it.islice('a', 'x', 2)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
g = op.itemgetter(1, 0)
print(g('ab'), op.itemgetter(2)([1, 2, 3]), repr(op.itemgetter(1)), repr(op.attrgetter('x', 'y.z')))
class P:
    x = 1
    class y:
        z = 2
print(op.attrgetter('x', 'y.z')(P), op.methodcaller('upper')('a'), repr(op.methodcaller('f', 1, k=2)))
print(op.add(1, 2), op.neg(3), op.contains([1], 1), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'), op.truth(0))
print(sorted([('b', 2), ('a', 3)], key=op.itemgetter(1)), op.length_hint([1, 2, 3]))
print(type(it.count()).__name__, type(it.chain()).__module__)
