# An ordinary program: a registry of dataclass jobs in a WeakValueDictionary
# with enum events, observers in a defaultdict, a bounded deque log, heapq,
# Counter, itertools, bisect, total_ordering and contextmanager/ExitStack;
# jobs die when the last strong reference goes.
import collections, functools, itertools, weakref, gc, contextlib, dataclasses, enum, heapq, bisect, operator

class Event(enum.Enum):
    CREATED = enum.auto()
    UPDATED = enum.auto()
    DELETED = enum.auto()

@dataclasses.dataclass(order=True)
class Job:
    priority: int
    name: str = dataclasses.field(compare=False)
    tags: list = dataclasses.field(default_factory=list, compare=False, repr=False)
    def __del__(self):
        print(f"del Job {self.name}")

class Registry:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()
        self._observers = collections.defaultdict(list)
        self.log = collections.deque(maxlen=3)
    def register(self, key, obj):
        self._items[key] = obj
        self.notify(Event.CREATED, key)
    def subscribe(self, event, fn):
        self._observers[event].append(fn)
    def notify(self, event, key):
        self.log.append((event.name, key))
        for fn in self._observers[event]:
            fn(event, key)

reg = Registry()
seen = []
reg.subscribe(Event.CREATED, lambda e, k: seen.append(k))
jobs = [Job(3, 'c'), Job(1, 'a'), Job(2, 'b')]
for j in jobs:
    reg.register(j.name, j)
heap = list(jobs)
heapq.heapify(heap)
print([j.name for j in (heapq.heappop(heap) for _ in range(3))])
print(seen, list(reg.log), sorted(reg._items.keys()))
del heap
print(sorted(jobs)[0], jobs[0] < jobs[1])
j = jobs.pop()
del j
print('popped b')
del jobs
gc.collect()
print(sorted(reg._items.keys()))
counts = collections.Counter(itertools.chain.from_iterable(['ab', 'bc', 'cd']))
print(counts.most_common(2), sorted(counts.elements()))
grid = list(itertools.product(range(2), 'xy'))
print(grid, list(itertools.accumulate([1, 2, 3], operator.mul)))
print([k for k, g in itertools.groupby('aabbbc')], list(itertools.pairwise('abcd')))
scores = [10, 20, 30]
print(bisect.bisect_left(scores, 20), bisect.insort(scores, 25) or scores)

@functools.total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return 'V' + '.'.join(map(str, self.parts))
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(1) >= Version(0, 5))

@contextlib.contextmanager
def tracked(name):
    print('enter', name)
    try:
        yield name.upper()
    except KeyError as e:
        print('caught', e)
    finally:
        print('exit', name)
with tracked('a') as t:
    print('inside', t)
with tracked('b'):
    raise KeyError('k')
with contextlib.ExitStack() as stack:
    for n in 'xy':
        stack.enter_context(tracked(n))
    stack.callback(print, 'callback')
print('done')
