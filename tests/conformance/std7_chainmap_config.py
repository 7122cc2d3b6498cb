# Layered configuration with ChainMap (lookups, writes to the first map,
# new_child/parents, the KeyError of a missing delete), word counts with
# Counter (update/subtract/unary +/-), an LRU built on OrderedDict, a
# history deque with maxlen, namedtuple records grouped by field.
from collections import ChainMap, Counter, OrderedDict, deque, namedtuple
import json
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), sorted(cfg), cfg.maps[0])
cfg["color"] = "blue"; print(cli, defaults["color"])
child = cfg.new_child(); child["user"] = "tmp"; print(child["user"], cfg["user"], child.parents["user"])
del child["user"]
try:
    del child["user"]
except KeyError as e:
    print("KeyError", e)
print(dict(cfg), json.dumps(dict(sorted(cfg.items()))))
words = "the cat and the hat and the bat".split()
c = Counter(words); print(c.most_common(2), c["the"], list(c.items())[:3])
c.update(["cat", "cat"]); c.subtract({"the": 2}); print(+c, -Counter(a=-1), c["zzz"], sorted(c))
lru = OrderedDict()
for key in "abcabdeab":
    if key in lru: lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3: print("evict", lru.popitem(last=False)[0])
print(list(lru), lru == OrderedDict.fromkeys("eab", True), lru == dict.fromkeys("abe", True))
hist = deque(maxlen=3)
for i in range(6):
    hist.append(i)
print(hist, list(reversed(hist)), hist[0], hist[-1], 4 in hist)
hist.clear(); hist.extendleft("abc"); print(hist)
Emp = namedtuple("Emp", ["name", "dept", "salary"])
emps = [Emp("a", "x", 10), Emp("b", "y", 20), Emp("c", "x", 30)]
by = {}
for e in emps: by.setdefault(e.dept, []).append(e.name)
print(by, max(emps, key=lambda e: e.salary).name, Emp._make(["d", "z", 1]), emps[0]._asdict())
print(Emp.__doc__, Emp.name.__doc__, repr(Emp.__new__.__defaults__))
