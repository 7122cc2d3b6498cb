# Slice objects: slice() and x[a:b:c] on user classes (__getitem__/__setitem__/
# __delitem__ get a slice object, any bounds), slice attributes, indices(),
# comparison, unhashability, GC tracking, builtin sequences given slice
# objects, a list subclass's own __getitem__ seeing slices, errors.
a=[1,2,3,4,5]
a[:] = (4,5,6,7); del a[::2]; print(a); a[1:1]=[9]; print(a, slice(1,2), slice(3), slice(1, 'a', None))
print(a[slice(0, 2)], 'hello'[slice(None, None, -1)], (1,2,3)[slice(1, None)], range(10)[slice(2, 8, 3)])
class S:
    def __getitem__(self, i): return i
    def __setitem__(self, i, v): print('set', i, v)
    def __delitem__(self, i): print('del', i)
s = S()
print(s[1:3], s[::2], s[1:2, ::3], s['a':'b'], s[:], s[::0])
s[1:2] = 5
del s[::-1]
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), sl == slice(1, 10, 2), sl != slice(1, 10), slice(1,2) < slice(1,3))
try: hash(sl)
except TypeError as e: print(e)
try: [1][::0]
except ValueError as e: print(e)
try: [1]['a':]
except TypeError as e: print(e)
try: slice()
except TypeError as e: print(e)
b = list(range(6)); b[slice(0, 6, 2)] = 'abc'; print(b); del b[slice(1, 3)]; print(b)
class L(list):
    def __getitem__(self, i):
        print('L getitem', i)
        return super().__getitem__(i)
l = L([1,2,3])
print(l[1:], l[0])
import gc
print(gc.is_tracked(sl), type(sl), isinstance(sl, slice))
c = [1,2,3]; c[1:] += [7]; print(c)
