# OrderedDict: 3.11's repr (a list of pairs), move_to_end both ways,
# popitem(last=), order-sensitive == between OrderedDicts (not with dict),
# reversed, the odict views, fromkeys, |, errors, and values released when
# popped or moved out.
from collections import OrderedDict
import weakref

class V:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'V({self.name})'
    def __del__(self):
        print('del', self.name)

od = OrderedDict()
print(od, repr(OrderedDict(a=1)))
od['x'] = 1
od['y'] = 2
od['z'] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end('x')
print(list(od))
od.move_to_end('z', last=False)
print(list(od), od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
a = OrderedDict([('k1', 1), ('k2', 2)])
b = OrderedDict([('k2', 2), ('k1', 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict(a))
print(a.keys(), a.values(), a.items())
print(list(reversed(a.keys())), list(reversed(a.items())), 'k1' in a.keys(), ('k1', 1) in a.items(), 2 in a.values())
print(OrderedDict.fromkeys('abc', 0), a | {'k3': 3}, type(a | {'k3': 3}).__name__)
a |= {'k0': 0}
print(a, a.setdefault('k9', 9), a.pop('k1'), a)
print(a.copy(), type(a.copy()).__name__, a.copy() == a)
print(isinstance(a, dict), weakref.ref(a)() is a)
rec = OrderedDict()
rec['self'] = rec
print(rec)

# An LRU built on move_to_end and popitem(last=False): the evicted value
# dies at once.
class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
        if len(self) > self.size:
            old = self.popitem(last=False)
            print('evict', old[0])

cache = LRU(2)
cache['a'] = V('a')
cache['b'] = V('b')
cache['a']
cache['c'] = V('c')
print('after insert c', list(cache))
cache['d'] = V('d')
print('after insert d', list(cache), cache)
del cache['c']
print('end')
