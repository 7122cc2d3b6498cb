# Dicts and tuples that hold only atomic values (ints, strs, object()
# instances, untracked tuples) are not tracked by the collector: a dict is
# tracked when a value that may be tracked is stored in it
# (MAINTAIN_TRACKING), a tuple is untracked by the first collection that
# finds nothing trackable in it (_PyTuple_MaybeUntrack), and a dict by the
# collection that finds the same (_PyDict_MaybeUntrack). object() itself is
# no GC object: making many moves no count.
import gc

gc.disable()
print("literals", gc.is_tracked({1: object()}), gc.is_tracked({1: 2}), gc.is_tracked({1: []}), gc.is_tracked({}))
d = {}
d[1] = object()
print("object value", gc.is_tracked(d))
d[2] = []
print("list value", gc.is_tracked(d))
del d[2]
print("list removed", gc.is_tracked(d))
gc.collect()
print("after collect", gc.is_tracked(d))

t = tuple([1, object()])
print("tuple before", gc.is_tracked(t))
gc.collect()
print("tuple after", gc.is_tracked(t))
nested = tuple([t, "s"])
holder = {"k": nested}
print("nested", gc.is_tracked(nested), gc.is_tracked(holder))
gc.collect()
print("nested collected", gc.is_tracked(nested), gc.is_tracked(holder))

print("built", gc.is_tracked(dict(zip([1], [object()]))), gc.is_tracked(dict.fromkeys([1, 2])),
      gc.is_tracked({i: object() for i in range(3)}), gc.is_tracked({1: 2}.copy()))

before = gc.get_count()[0]
keep = [object() for _ in range(50)]
print("count moved by", gc.get_count()[0] - before)

young = gc.get_objects(0)
print("objects seen", any(o is keep[0] for o in young), any(o is keep for o in young))
print("in referents", len(gc.get_referents(keep)))
