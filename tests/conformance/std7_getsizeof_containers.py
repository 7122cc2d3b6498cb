# sys.getsizeof of lists, dicts and sets follows CPython's allocation
# history: list_resize over-allocation as a list grows by append and shrinks
# by pop/remove/del, list_preallocate_exact for list()/extend/constant
# displays, exact sizes for copies/slices/concatenation; dict keys tables
# growing at used*3, presized displays, str-only vs general keys, copy()
# cloning and dict_merge's one resize; set tables resized at 3/5 full.
import sys
l = []
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(sizes)
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10))
print(sys.getsizeof({}), sys.getsizeof({1: 2}), sys.getsizeof({i: i for i in range(10)}), sys.getsizeof(dict(a=1)))
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(set(range(10))), sys.getsizeof(frozenset()))
print(sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof(0), sys.getsizeof(2**100), sys.getsizeof(1.0))
class C: pass
print(sys.getsizeof(C()))
while l:
    l.pop()
    sizes.append(sys.getsizeof(l))
print(sizes[20:])
d = {}
ds = []
for i in range(12):
    d[i] = i
    ds.append(sys.getsizeof(d))
print(ds)
s = set()
ss = []
for i in range(20):
    s.add(i)
    ss.append(sys.getsizeof(s))
print(ss)
# displays, copies, merges, extends
g = sys.getsizeof
print(g([1, 2, 3]), g([1, 2]), g([-1, 2.5, 'x', None]), g([x for x in range(3)]), g(list(x for x in range(3))), g(list('abcde')))
a = []; a.extend(range(5)); b = a[:]; a.extend(x for x in range(2)); print(g(a), g(b), g(a + b), g(a * 2), g(sorted(a)))
a = list(range(10)); a.insert(0, 1); print(g(a)); del a[0:9]; print(g(a)); a *= 7; print(g(a)); a[1:3] = 'abcdef'; print(g(a))
a = list(range(20)); del a[::2]; print(g(a)); a.remove(1); print(g(a)); a.clear(); print(g(a)); a += (1, 2); print(g(a))
print(g(list(map(str, range(5)))), g(list(zip('ab', 'cd'))), g(list(reversed([1, 2, 3]))), g(list({1: 2, 3: 4})), g([*range(4), *'ab']))
d = {'a': 1}; d[1] = 2; print(g(d))
print(g({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}), g(dict(a=1, b=2, c=3, d=4, e=5, f=6)), g({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
print(g(dict.fromkeys(range(10))), g(dict.fromkeys({1, 2, 3})), g(dict.fromkeys({'a': 1})))
x = {i: i for i in range(10)}; print(g(x), g(x.copy()), g(dict(x)), g({**x}))
for i in range(4): del x[i]
print(g(x.copy()), g(dict(x)))
y = {}; y.update(x); print(g(y)); y.update({100: 1}); print(g(y)); y.clear(); print(g(y))
print(g(set('abc')), g({1, 2, 3, 4, 5}), g(frozenset(range(100))), g(set(range(5)) | {9}))
