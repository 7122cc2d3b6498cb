# frozensets in the weak containers: a WeakSet of frozenset subclass
# instances loses each one when it dies, WeakValueDictionary values that
# are frozensets, WeakKeyDictionary keys hashed by frozenset_hash, and
# gc.get_referents / gc.is_tracked of frozensets holding objects.
import gc
import weakref

class Tag(frozenset):
    def __del__(self):
        print('del Tag', sorted(self))

ws = weakref.WeakSet()
a = Tag({1, 2})
b = Tag({3})
ws.add(a)
ws.add(b)
print(len(ws), Tag({1, 2}) in ws)
del a
print('after del a:', len(ws))
wv = weakref.WeakValueDictionary()
perms = frozenset({'read', 'write'})
wv['alice'] = perms
print(sorted(wv['alice']), len(wv))
del perms
print('after del perms:', len(wv))
wk = weakref.WeakKeyDictionary()
k1 = frozenset({1, 2, 3})
wk[k1] = 'first'
print(wk[frozenset({3, 2, 1})], len(wk))
k1 = None
print('after rebinding k1:', len(wk))

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'Obj({self.n})'
    def __hash__(self):
        return self.n

o = Obj(7)
fs = frozenset([o, 1])
print(sorted(map(repr, gc.get_referents(fs))), gc.is_tracked(fs), fs in gc.get_referrers(o))
del b
print('end', len(ws))
