# An ordinary program: enum.Flag, frozen slotted dataclasses, a tree whose
# children hold weakref.proxy parents (deepcopy of a proxy copies its
# referent), singledispatch, cached_property, ChainMap, UserDict,
# OrderedDict, generator pipelines closed by their last reference, tee,
# operator getters, suppress and redirect_stdout.
import collections, functools, itertools, weakref, gc, dataclasses, enum, copy, operator, contextlib

class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(6), list(Perm(7)), Perm.R in Perm(5), ~Perm.R, bool(Perm(0)))

@dataclasses.dataclass(frozen=True, slots=True)
class Key:
    ns: str
    id: int
k = Key('a', 1)
try:
    k.id = 2
except dataclasses.FrozenInstanceError as e:
    print('frozen', e)
print(hash(k) == hash(Key('a', 1)), dataclasses.asdict(k), dataclasses.astuple(k), dataclasses.replace(k, id=5))
try:
    weakref.ref(k)
except TypeError as e:
    print(e)

@dataclasses.dataclass
class Node:
    name: str
    children: list = dataclasses.field(default_factory=list)
    parent: 'Node | None' = dataclasses.field(default=None, repr=False, compare=False)
    def __post_init__(self):
        print('post_init', self.name)
    def add(self, child):
        child.parent = weakref.proxy(self)
        self.children.append(child)
        return child
    def __del__(self):
        print('del node', self.name)
root = Node('root')
a = root.add(Node('a'))
print(root, a.parent.name)
clone = copy.deepcopy(root)
print(clone == root, clone is not root)
del a
del root
print('root deleted')
del clone
gc.collect()
print('collected')

@functools.singledispatch
def describe(x):
    return f'object {x!r}'
@describe.register
def _(x: int):
    return f'int {x}'
@describe.register(list)
def _(x):
    return f'list of {len(x)}'
print(describe(1), describe([1, 2]), describe('s'), describe(True))

class Report:
    def __init__(self, rows): self.rows = rows
    @functools.cached_property
    def total(self):
        print('computing')
        return sum(self.rows)
r = Report([1, 2, 3])
print(r.total, r.total, 'total' in r.__dict__)
del r.total
print(r.total)

cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], cm.new_child({'c': 4}).maps, dict(cm))
class Lower(collections.UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = Lower({'A': 1}); ld['B'] = 2
print(ld, 'a' in ld, ld.data)
od = collections.OrderedDict.fromkeys('abc')
od.move_to_end('a')
print(list(od), od.popitem(last=False))

def numbers():
    try:
        for i in itertools.count():
            yield i
    finally:
        print('numbers closed')
evens = (n for n in numbers() if n % 2 == 0)
first = list(itertools.islice(evens, 3))
print(first)
del evens
print('after del evens')
a, b = itertools.tee([1, 2, 3])
print(list(a), next(b), list(b))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.combinations('abc', 2)), list(itertools.permutations('ab')), list(itertools.repeat('z', 2)))
getter = operator.attrgetter('name')
print(getter(Node('tmp')), operator.itemgetter(1, 0)('ab'), operator.methodcaller('upper')('q'))
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print('suppressed')
buf = []
class W:
    def write(self, s): buf.append(s)
with contextlib.redirect_stdout(W()):
    print('hidden')
print(buf)
