# collections: deque with maxlen/rotate/extend/count/index and its
# empty-pop IndexError, OrderedDict move_to_end/popitem, defaultdict reprs,
# namedtuple defaults/_asdict/_replace and the too-many-arguments
# TypeError, Counter arithmetic/most_common/elements/total, ChainMap,
# UserDict/UserList subclasses.
from collections import deque, OrderedDict, defaultdict, namedtuple, Counter, ChainMap, UserDict, UserList
d = deque([1, 2, 3], maxlen=3)
d.append(4); d.appendleft(0)
print(d, d.maxlen, len(d))
d.rotate(1); print(d)
d.extend([7, 8]); print(d, d.count(7), d.index(8))
print(deque(), deque('abc'), repr(deque(range(3), maxlen=5)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
dd = defaultdict(list)
for w in "apple banana avocado cherry".split():
    dd[w[0]].append(w)
print(dd, dict(dd))
print(defaultdict(int), defaultdict(None, {1: 2}))
Point = namedtuple('Point', 'x y', defaults=[0])
p = Point(1)
print(p, p._asdict(), p._replace(x=5), Point._fields, Point._field_defaults)
x, y = p; print(x, y, p[0], p.x)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
c = Counter("abracadabra")
print(c, c.most_common(2), c['z'])
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2)
print(sorted(c.elements())[:6], c.total())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), cm, cm.new_child({'z': 0}))
class MyDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
m = MyDict(); m['AbC'] = 1; print(m, m.data, 'abc' in m)
class MyList(UserList):
    pass
ml = MyList([3, 1, 2]); ml.sort(); print(ml, ml + [4], type(ml[:2]).__name__)
print(repr(Counter()), Counter('aab') == Counter('aba'))
