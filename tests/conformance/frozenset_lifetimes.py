# A frozenset owns its elements: they live as long as it does and die
# (in table order) when it does; a frozenset in a cycle through an element
# is collected by gc.collect(); weakrefs to frozensets and to their
# elements die at CPython's moments.
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Node({self.name})'
    def __hash__(self):
        # A fixed hash, so the frozenset's table order (and release order) is CPython's.
        return hash(self.name)
    def __del__(self):
        print('del', self.name)

nodes = [Node(i) for i in range(3)]
fs = frozenset(nodes)
refs = [weakref.ref(n) for n in nodes]
del nodes
print('elements alive:', [r() is not None for r in refs])
fr = weakref.ref(fs, lambda r: print('frozenset weakref callback'))
print('dropping the frozenset')
del fs
print('after:', [r() for r in refs], fr())

gc.disable()
holder = Node('holder')
holder.group = frozenset([holder, Node('member')])
w = weakref.ref(holder.group)
del holder
print('cycle unreachable; collecting')
print('collected', gc.collect() > 0, w())
gc.enable()

a = Node('a')
key = frozenset([a])
d = {key: 'value'}
del a, key
print('dict still holds the key')
d.clear()
print('end')
