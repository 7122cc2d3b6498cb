# reprlib in programs: a log of shortened reprs of big objects (the log
# keeps strings, not the objects, so they die when dropped), a tree whose
# __repr__ uses recursive_repr so a parent link prints '...', a subclass of
# Repr with its own limits per type, and a __repr__ that raises inside a
# container.
import reprlib, weakref

class Blob:
    def __init__(self, n):
        self.items = list(range(n))
    def __repr__(self):
        return f'Blob({self.items})'
    def __del__(self):
        print('  blob of', len(self.items), 'freed')

log = []
short = reprlib.Repr()
short.maxother = 40
blobs = [Blob(5), Blob(50)]
refs = [weakref.ref(b) for b in blobs]
for b in blobs:
    log.append(short.repr(b))
del b
print(log)
blobs = None
print('alive after dropping:', [r() is not None for r in refs])

class Tree:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
    @reprlib.recursive_repr('<...>')
    def __repr__(self):
        return f'Tree({self.name}, parent={self.parent!r}, children={self.children!r})'

root = Tree('root')
kid = Tree('kid', root)
Tree('leaf', kid)
print(repr(kid))
print(reprlib.repr(root))

class Compact(reprlib.Repr):
    def __init__(self):
        super().__init__()
        self.maxlist = 3
        self.maxstring = 12
        self.maxdict = 2
        self.maxlevel = 2
    def repr_Tree(self, obj, level):
        return f'<Tree {obj.name}>'

c = Compact()
print(c.repr([root, kid, 'a very long string indeed', {'x': [1, 2, 3, 4], 'y': 2, 'z': 3}, 5]))
print(c.repr({'deep': {'deeper': {'deepest': 1}}}))

class Bad:
    def __repr__(self):
        raise ValueError('nope')
print(reprlib.repr([1, Bad(), 3]).startswith('[1, <Bad instance at 0x'))
print(reprlib.repr(range(10)), reprlib.repr(b'x' * 100), reprlib.repr(1.5e300), reprlib.repr(type))
