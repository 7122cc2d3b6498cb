# hash(complex) is complex_hash (hash(real) + 1000003 * hash(imag)), so a
# complex equal to an int or float is the same dict key and sets of
# complexes iterate in CPython's order; complex is an untracked atom.
import gc
for v in [0j, 1 + 0j, 2.5 + 0j, -1 + 0j, 1j, -1j, 1 - 1j, 2 + 3j, 1e100j, complex(2**62, 0), 0.5 - 0.25j]:
    print(repr(v), hash(v))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(-0j) == hash(0j))
d = {1: 'int', 2.0: 'float'}
d[1 + 0j] = 'complex'
d[2 + 0j] = 'complex too'
print(d)
print({1j, 2j, 3j, -1j, 1 + 1j, 0j, 0}, {(1 + 1j): 'a', (1 - 1j): 'b'}[1 - 1j])
print(sorted({3j, 1j, 2j}, key=lambda c: c.imag), len({1, 1.0, 1 + 0j}))
print(gc.is_tracked(1j), gc.is_tracked(complex(1, 2)), gc.is_tracked([1j]))
import weakref
try:
    weakref.ref(1j)
except TypeError as e:
    print(e)
