# gc.get_referents of an OrderedDict (odict_traverse: the instance dict once
# made, each node's key in the odict's order, then the dict's own) and of a
# defaultdict (defdict_traverse: the factory, None included, then the dict's).
import gc
from collections import OrderedDict, defaultdict

print(gc.get_referents(OrderedDict(a=[1])))
print(gc.get_referents(defaultdict(list, a=1)))
print(gc.get_referents(defaultdict(None, a=1)))
print(gc.get_referents(defaultdict(None, {1: "x"})))
o = OrderedDict(a=1, b=[2], c=3)
o.move_to_end("a")
o[4] = "four"
print(gc.get_referents(o))
o.__dict__
print(gc.get_referents(o))
del o["b"]
o.move_to_end(4, last=False)
print(gc.get_referents(o))
d = defaultdict(list)
d[5].append(1)
print(gc.get_referents(d))


def factory():
    return 0


counts = defaultdict(factory)
counts["x"] += 1
print([r if not callable(r) else r.__name__ for r in gc.get_referents(counts)])
print(factory in gc.get_referents(counts), counts in gc.get_referrers(factory))
