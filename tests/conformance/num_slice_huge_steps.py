# Slices with bounds and steps beyond 2**53: slice.indices and range
# slicing keep exact integers (compute_slice, _PySlice_GetLongIndices).
for s in [slice(0, 2, -10**20), slice(None, None, 10**20), slice(10**20, -10**20, -3), slice(-10**30, None), slice(None, 1, -2**70)]:
    for n in [0, 7, 10]:
        print(s, n, s.indices(n))
r = range(10)
print(r[::10**20], r[1:9:-10**20], r[::-2**64], r[10**20:], r[-10**20:3])
big = range(-2**70, 2**70, 3**20)
print(big[::2**40], big[5:-5:7], len(big[::-1]))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    slice('a', 2).indices(5)
except TypeError as e:
    print(e)
