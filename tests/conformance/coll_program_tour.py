# collections in programs: deque(maxlen) evicting (the evicted job dies at
# once), rotate/extendleft/remove, mutation during iteration, defaultdict,
# Counter arithmetic and comparisons, namedtuple defaults/_replace/errors,
# ChainMap, UserDict reaching __setitem__, UserList, UserString.
from collections import deque, defaultdict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString, OrderedDict
import gc, weakref

class Job:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Job{self.n}"
    def __del__(self): print("  done", self.n)

history = deque(maxlen=3)
for i in range(5):
    history.append(Job(i))
    print("append", i, list(history))
history.extendleft([Job(10), Job(11)])
print(history)
history.rotate(-1)
print(history, history.index(history[1]), history.count(history[0]))
print(history.popleft(), "popped")
history.remove(history[0])
print(history, len(history), bool(history))
history.insert(0, Job(20)) if len(history) < 3 else None
print(repr(deque([1, 2], maxlen=2)), deque(range(3)) + deque([9]), deque([1]) * 2)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError", e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
print("clear history")
history.clear()
graph = defaultdict(set)
graph["a"].add("b"); graph["b"]
print(graph, dict(graph), graph.default_factory, defaultdict(int, a=1) | {"b": 2})
counts = defaultdict(lambda: [0])
counts["x"][0] += 1
print(dict(counts))
c = Counter(words="a b a c b a".split())
c = Counter("a b a c b a".split())
print(c, c.most_common(1), c["z"], c.total(), list(c.elements()))
c.update(["a", "z"]); c.subtract({"a": 10})
print(c, +c, -c)
print(Counter(a=3) == Counter(a=3, b=0), Counter(a=1) < Counter(a=2), Counter("abc") <= Counter("aabbcc"))
del c["z"]
print(c, repr(Counter()), Counter.fromkeys if False else "")
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[0])
e = Emp("ann", "eng")
print(e, e._asdict(), e._replace(salary=5), Emp._make(["bob", "ops", 3]), e._fields, e.salary, e[0], len(e))
print(Emp.__new__.__defaults__, Emp._field_defaults, isinstance(e, tuple), e == ("ann", "eng", 0))
try:
    Emp("a", "b", "c", "d")
except TypeError as ex:
    print("TypeError", ex)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as ex:
    print("ValueError", ex)
try:
    namedtuple("Bad", ["def", "x"])
except ValueError as ex:
    print("ValueError", ex)
print(namedtuple("R", "a def a", rename=True)._fields)
try:
    e._replace(bogus=1)
except ValueError as ex:
    print("ValueError", ex)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm, cm.maps, dict(cm), cm.parents, cm.new_child())
try:
    del cm["b"]
except KeyError as ex:
    print("KeyError", ex)
class Loud(UserDict):
    def __setitem__(self, k, v):
        print("  set", k)
        super().__setitem__(k, v)
ld = Loud({"x": 1}, y=2)
ld.update(z=3)
print(ld, ld.data, isinstance(ld, dict), len(ld), ld.copy())
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], ul[1:], type(ul[1:]).__name__)
us = UserString("Hello"); print(us.lower(), us + "!", us * 2, us[::-1], type(us.upper()).__name__, "ell" in us)
print("end")
