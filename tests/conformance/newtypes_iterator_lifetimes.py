# Iterators keep what they iterate alive: a bytearray subclass instance
# stays alive while its iterator is suspended (and sees appends), a
# frozenset subclass lives until its iterator is exhausted or dropped, a
# generator over bytes keeps them in its frame, and each dies at the
# moment CPython frees it.
import gc
import weakref

class Buf(bytearray):
    def __del__(self):
        print('del Buf', bytes(self))

class Group(frozenset):
    def __del__(self):
        print('del Group of', len(self))

b = Buf(b'ab')
it = iter(b)
wb = weakref.ref(b)
del b
print('iterator holds the buffer:', wb() is not None, next(it))
wb().append(99)
print('sees the append:', list(it))
print('exhausted, buffer gone?', wb() is None)
it = None

g = Group({1, 2, 3})
git = iter(g)
del g
print('first', next(git))
print('dropping the iterator')
del git

def chunks(data, n):
    for i in range(0, len(data), n):
        yield data[i:i + n]

gen = chunks(Buf(b'abcdef'), 4)
print(next(gen))
print('closing the generator')
gen.close()
print('closed')

class Node:
    def __init__(self, name):
        self.name = name
        self.peers = frozenset()
    def __del__(self):
        print('del Node', self.name)
    def __hash__(self):
        return hash(self.name)

gc.disable()
a, b = Node('a'), Node('b')
a.peers = Group([b])
b.peers = Group([a])
del a, b
print('cycle through frozensets; collect:', gc.collect() > 0)
gc.enable()
print('end')
