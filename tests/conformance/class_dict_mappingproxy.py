# A class's __dict__ (and vars(cls)) is a read-only mappingproxy that stays
# live; types.MappingProxyType wraps any mapping: its repr and str,
# comparisons, `|`, get/keys/values/items/copy, reversed(), the TypeErrors
# of assignment, deletion, `|=`, hashing and bad constructor arguments.
import gc
import types

class C:
    x = 1
    def m(self):
        return 2

d = C.__dict__
print(type(d), type(d) is types.MappingProxyType, type(vars(C)).__name__, type(d).__module__)
print('x' in d, d['x'], d.get('y'), d.get('y', 5), len(d) == len(dict(d)), sorted(k for k in d if not k.startswith('__')))
C.y = 'late'
print('y' in d, d['y'], type(d.copy()).__name__, type(d.keys()).__name__, type(d.items()).__name__)
del C.y
print('y' in d)
print(type(d['m']).__name__, isinstance(int.__dict__['bit_length'], object), '__add__' in int.__dict__, 'append' in list.__dict__)
for stmt in ("d['x'] = 5", "del d['x']", "d |= {}", "hash(d)", "d.pop('x')", "d.setdefault('z', 1)",
             "types.MappingProxyType([1])", "types.MappingProxyType((1,))", "types.MappingProxyType()",
             "types.MappingProxyType({}, {})", "types.MappingProxyType(5)", "d['nope']"):
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)

p = types.MappingProxyType({'a': 1, 'b': 2})
print(repr(p), str(p), p == {'a': 1, 'b': 2}, p != {}, list(reversed(p)), list(p.items()), p | {'c': 3}, {'z': 0} | p)
print(types.MappingProxyType(p), p | types.MappingProxyType({'q': 9}), types.MappingProxyType(mapping={'k': 1}))
print(types.MappingProxyType[int], types.MappingProxyType.__name__, types.MappingProxyType.__qualname__)
backing = {'k': 1}
live = types.MappingProxyType(backing)
backing['k2'] = 2
print(live, len(live), 'k2' in live)

class Val:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del Val", self.n)
gc.disable()
src = {'v': Val(1)}
proxy = types.MappingProxyType(src)
del src
print("proxy holds the dict")
del proxy
print("after del proxy")

class UserMap:
    def __init__(self):
        self.data = {'u': 1}
    def __getitem__(self, k):
        return self.data[k]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
    def keys(self):
        return self.data.keys()
    def get(self, k, default=None):
        return self.data.get(k, default)
up = types.MappingProxyType(UserMap())
print(up['u'], list(up), len(up), up.get('u'), up.get('w', 'dflt'), 'u' in up)
