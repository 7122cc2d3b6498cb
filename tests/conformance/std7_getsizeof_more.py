# More sys.getsizeof paths: lists from dict views, filtered comprehensions,
# sorted(set), slice assignment emptying a list, sort/reverse keeping the
# capacity, += of itself, del [:], iterators with and without length hints,
# dict(zip()), update with keywords, set update/difference_update/clear,
# dict copies by **, dict(), copy(), fromkeys and a comprehension.
import sys
g = sys.getsizeof
d = {i: str(i) for i in range(7)}
print(g(list(d.keys())), g(list(d.values())), g(list(d.items())), g([x for x in range(20) if x % 3]), g(sorted({5, 3, 1})), g([1] * 0), g(list(map(str, "abc"))))
l = list(range(30)); l[:] = []; print(g(l)); l.extend("ab"); print(g(l)); l.sort(); print(g(l)); l.reverse(); print(g(l))
l2 = [None] * 5; l2[1:4] = [1]; print(g(l2)); l2 += l2; print(g(l2)); del l2[:]; print(g(l2))
print(g(list(filter(None, [0, 1, 2, 0]))), g(list(enumerate([])) ), g(list(zip())), g(list(iter([1, 2, 3]))), g(list(reversed(range(9)))))
dd = dict(zip("abcdefg", range(7))); print(g(dd)); dd.update(h=1, i=2, j=3, k=4); print(g(dd))
s = set(); s.update(range(10)); print(g(s)); s.difference_update(range(8)); print(g(s)); s.clear(); print(g(s))
print(g({**dd}), g(dict(dd)), g(dd.copy()), g(dict.fromkeys(dd)), g({k: v for k, v in dd.items()}))
print(g([[]] * 3), g([[] for _ in range(3)]), g(list(range(100))[::2]), g(str(list(range(3)))), g(tuple(range(5))))
