# frozenset: construction (from any iterable, from a frozenset it is the
# same object), repr, hashing equal to CPython's frozenset_hash (so sets
# and dicts keyed by frozensets iterate in CPython's order), membership,
# comparisons with sets, immutability errors, gc tracking, weakrefs.
import gc
import weakref
fs = frozenset([3, 1, 2, 3])
print(fs, frozenset(), frozenset('aab') == {'a', 'b'}, len(fs), 2 in fs, 5 not in fs, sorted(fs))
print(frozenset(fs) is fs, fs.copy() is fs, frozenset(x for x in range(4)))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2})), hash(frozenset({1, 2, 3})), hash(frozenset({-1, -2})), hash(frozenset(range(100))))
print(hash(frozenset({frozenset({1}), frozenset({2})})), hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({2**62, -2**62})))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset({1.0, 2})) == hash(frozenset({1, 2.0})))
groups = {frozenset({1, 2}), frozenset({3}), frozenset(), frozenset({4, 5, 6}), frozenset({1})}
print(groups)
by_key = {frozenset({i, i + 1}): i for i in range(10)}
print(list(by_key.values()), by_key[frozenset({4, 3})])
print(fs == {1, 2, 3}, {1, 2, 3} == fs, fs <= {1, 2, 3, 4}, fs < fs, fs >= {1}, fs > frozenset(), fs != {1})
print({1} in {frozenset({1})}, {frozenset({1}): 'x'}.get(frozenset([1])))
for name in ('add', 'remove', 'discard', 'pop', 'clear', 'update'):
    print(name, hasattr(fs, name))
try:
    fs.add(4)
except AttributeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
print(gc.is_tracked(frozenset()), gc.is_tracked(frozenset([1, 2])), gc.is_tracked(frozenset([object()])))
r = weakref.ref(fs)
print(r() is fs)
del fs
print(r())
for bad in [lambda: frozenset(1), lambda: frozenset([1], [2]), lambda: frozenset([[1]]), lambda: frozenset(x=1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
