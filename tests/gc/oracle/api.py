# Oracle for tests/gc/api.test.ts: the gc module's API (CPython 3.11
# Modules/gcmodule.c): callbacks, thresholds, argument errors, tracking,
# freeze, get_objects, get_referrers.
import gc
gc.disable()
gc.collect()

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '-> %s: %s' % (type(e).__name__, e))

# gc.callbacks get (phase, info), in list order; an error goes to the
# unraisable hook and the other callbacks still run
import sys
events = []
def cb(phase, info): events.append((phase, dict(info)))
def bad(phase, info): raise RuntimeError('bad ' + phase)
sys.unraisablehook = lambda u: events.append(('unraisable', str(u.exc_value)))
gc.callbacks.append(bad)
gc.callbacks.append(cb)
x = []; x.append(x); del x
gc.collect()
gc.collect(1)
gc.callbacks.clear()
sys.unraisablehook = sys.__unraisablehook__
for e in events: print('event', e)

attempt('get_threshold()', gc.get_threshold)
attempt('collect(3)', lambda: gc.collect(3))
attempt('collect(-1)', lambda: gc.collect(-1))
attempt('set_threshold()', lambda: gc.set_threshold())
attempt('set_threshold(1, 2, 3, 4)', lambda: gc.set_threshold(1, 2, 3, 4))
attempt('get_objects(generation=3)', lambda: gc.get_objects(generation=3))
attempt('get_objects(generation=-2)', lambda: gc.get_objects(generation=-2))
attempt('get_objects(-1) is everything', lambda: len(gc.get_objects(-1)) == len(gc.get_objects()))

# tracking: dicts are untracked again only by a full collection; tuples
# of atoms by any collection that sees them
d = {}
t = tuple([1, 2])
nested = tuple([[]])
print('tracked: empty dict', gc.is_tracked(d), '| run-time tuple', gc.is_tracked(t), '| tuple holding a list', gc.is_tracked(nested))
d['k'] = []
print('dict after inserting a list', gc.is_tracked(d))
del d['k']
gc.collect(0)
print('after collect(0): dict', gc.is_tracked(d), '| tuple', gc.is_tracked(t), '| tuple holding a list', gc.is_tracked(nested))
gc.collect()
print('after collect(): dict', gc.is_tracked(d))
inner = tuple([1]); outer = tuple([inner]); del inner
gc.collect(0)
print('nested tuples after collect(0): inner', gc.is_tracked(outer[0]), 'outer', gc.is_tracked(outer))
gc.collect(1)
print('nested tuples after collect(1): inner', gc.is_tracked(outer[0]), 'outer', gc.is_tracked(outer))
attempt('is_tracked of atoms', lambda: [gc.is_tracked(v) for v in (1, 'a', None, True)])

# freeze: everything to the permanent generation, counts zeroed;
# unfreeze: back to the oldest generation
class K: pass
gc.collect()
k = K()
gc.collect(1)
gc.collect(0)
g = K(); g.me = g; del g
c = gc.get_count()
gc.freeze()
print('count before freeze', c, 'after freeze', gc.get_count(), '| k in get_objects():', any(o is k for o in gc.get_objects()),
      '| freeze count', gc.get_freeze_count() > 0)
print('frozen garbage is not collected: collect() ->', gc.collect())
gc.unfreeze()
print('after unfreeze: freeze count', gc.get_freeze_count(), '| k in gen2:', any(o is k for o in gc.get_objects(2)),
      '| collect() ->', gc.collect())

# get_referrers: tracked objects that refer to the argument
a = K(); holder = [a]; b = K(); b.x = a
refs = gc.get_referrers(a)
print('referrers of a:', sorted(type(r).__name__ for r in refs if r is holder or r is b))
