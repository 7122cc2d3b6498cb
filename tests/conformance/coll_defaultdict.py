# defaultdict: repr with the factory, __missing__ only for d[k] (not get or
# in), default_factory None raises KeyError, copy, |, nested defaultdicts,
# the factory's errors, and the values it creates dying with the dict.
from collections import defaultdict
import gc

class Item:
    count = 0
    def __init__(self):
        Item.count += 1
        self.n = Item.count
    def __repr__(self):
        return f'Item{self.n}'
    def __del__(self):
        print('del', self)

d = defaultdict(list)
d['a'].append(1)
d['b']
print(d, d.get('c'), 'c' in d, len(d), d.default_factory)
print(repr(defaultdict()), defaultdict(int, a=1), defaultdict(None, {'x': 1}))
e = defaultdict()
try:
    e['missing']
except KeyError as err:
    print('KeyError', err)
try:
    defaultdict(3)
except TypeError as err:
    print('TypeError:', err)
counts = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(dict(t['a']['b']), isinstance(t, dict))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']), nested.default_factory.__name__)
c = counts.copy()
print(type(c).__name__, c == counts, c is counts, c.default_factory)
m = d | {'z': [0]}
print(type(m).__name__, m)
print({'q': 1} | d)

def fail():
    raise ValueError('no default')
f = defaultdict(fail)
try:
    f['k']
except ValueError as err:
    print('ValueError:', err, dict(f))

items = defaultdict(Item)
items['one']
items['two']
print(items)
del items['one']
print('after del one')
items.clear()
print('after clear')
owner = defaultdict(Item)
owner['self'] = owner
owner['x']
del owner
print('before collect')
print(gc.collect() > 0)
class Sub(defaultdict):
    pass
s = Sub(list)
s[1].append(2)
print(s)
