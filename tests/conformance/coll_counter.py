# Counter: counting, most_common (ties keep first-seen order), elements,
# update/subtract from iterables, mappings and keywords, arithmetic that
# drops non-positive counts, unary + and -, in-place operators, comparisons,
# total, repr sorted by count, missing keys counting zero, fromkeys refused.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['zzz'], 'zzz' in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update('aaz')
c.update({'z': 5})
c.update(q=1)
print(c)
c.subtract('aaaa')
c.subtract({'q': 3})
print(c)
d = Counter(a=3, b=1, c=-2)
e = Counter(a=1, b=2, d=4)
print(d + e, d - e, d | e, d & e, +d, -d)
d += e
print(d)
d -= Counter(a=10)
print(d)
f = Counter(x=1)
f |= Counter(x=3, y=-1)
f &= Counter(x=2, z=5)
print(f)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) >= Counter(a=1, b=0))
print(Counter() == {}, Counter(a=1) == {'a': 1})
del c['a']
del c['never']
print(c)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
top = Counter(words).most_common(3)
print(top)
for word, n in sorted(Counter(len(w) for w in words).items()):
    print(word, '*' * n)
print(Counter(), repr(Counter({'x': 0})), Counter(c=2, a=2, b=3))
try:
    Counter(1)
except TypeError as e:
    print('TypeError:', e)
print(c.copy() == c, type(c.copy()).__name__, isinstance(c, dict))
print(Counter('aab') + 3 if False else 'skip')
try:
    Counter('a') + {'a': 1}
except TypeError as e:
    print('TypeError:', e)
