# Oracle for tests/gc/finalization.test.ts: handle_weakrefs,
# finalize_garbage, handle_resurrected_objects, delete_garbage, legacy
# finalizers, DEBUG_SAVEALL and errors during a collection (CPython 3.11).
import gc, sys, weakref
gc.disable()
gc.collect()
log = []
saved = []

class L:
    def __init__(self, n): self.n = n
    def __del__(self):
        log.append('__del__ ' + self.n)
        saved.append(self)

# 1. a finalizer resurrects its object during the collection: it and
#    everything it reaches survive (weakrefs to them are already dead);
#    only the other garbage is counted
class Cargo:
    def __init__(self): self.me = self; self.payload = [1, 2, 3]
class A:
    def __init__(self): self.me = self
laz = L('laz'); cargo = Cargo(); laz.cargo = cargo; cargo.laz = laz
wc = weakref.ref(cargo, lambda w: log.append('callback cargo'))
for i in range(3): A()
del laz, cargo
n = gc.collect()
print('1', n, log, 'cargo weakref alive:', wc() is not None, 'payload:', saved[0].cargo.payload,
      'finalized:', gc.is_finalized(saved[0]))
log.clear()

# 2. the next collection frees them, without running __del__ again
saved.clear()
print('2', gc.collect(), log)

# 3. __del__ already ran on the refcount path: the collection of the same
#    object later runs no finalizer
o = L('once')
del o
o = saved.pop(); o.me = o; del o
log.clear()
print('3', gc.collect(), log)

# 4. every callback sees all trash weakrefs dead, a nested gc.collect()
#    returns 0; each __del__ sees its partners intact
class P:
    def __init__(self, n): self.n = n
    def __del__(self):
        log.append('%s.__del__ sees partner %s, nested collect %d' % (self.n, self.partner.n, gc.collect()))
a, b = P('a'), P('b'); a.partner = b; b.partner = a
refs = []
def cb(w):
    log.append('cb sees %s, nested collect %d' % ([r() for r in refs], gc.collect()))
refs.append(weakref.ref(a, cb)); refs.append(weakref.ref(b, cb))
del a, b
print('4', gc.collect(), log); log.clear()

# 5. an exception in a callback or a finalizer goes to the unraisable hook
#    and the collection goes on
def hook(u):
    log.append('unraisable %s: %s' % (u.exc_type.__name__, u.exc_value))
sys.unraisablehook = hook
class Bad:
    def __init__(self, n): self.n = n
    def __del__(self):
        log.append('del ' + self.n)
        raise ValueError('del ' + self.n)
def bad_cb(w):
    log.append('bad cb')
    raise RuntimeError('cb')
x, y = Bad('x'), Bad('y'); x.p = y; y.p = x
keep = [weakref.ref(x, bad_cb), weakref.ref(y, lambda w: log.append('good cb'))]
del x, y
print('5', gc.collect(), log); log.clear()
sys.unraisablehook = sys.__unraisablehook__

# 6. DEBUG_SAVEALL: callbacks and __del__ still run; the object lands
#    intact in gc.garbage; releasing it later runs no second __del__
class D:
    def __del__(self): log.append('__del__')
d = D(); d.me = d
w = weakref.ref(d, lambda r: log.append('callback'))
del d
gc.set_debug(gc.DEBUG_SAVEALL)
n = gc.collect()
gc.set_debug(0)
obj = gc.garbage.pop()
print('6', n, log, 'weakref dead:', w() is None, 'intact:', obj.me is obj, 'garbage left:', len(gc.garbage))
obj.me = None; log.clear(); del obj
print('6b', log)

# 7. a legacy finalizer (tp_del) makes its cycle, and what it reaches,
#    uncollectable: counted by collect(), only the tp_del object goes to
#    gc.garbage, weakrefs stay alive
from _testcapi import with_tp_del
@with_tp_del
class Legacy:
    def __init__(self, name): self.name = name
    def __tp_del__(self): log.append('tp_del ' + self.name)
class Plain:
    def __init__(self, name): self.name = name
x = Legacy('x'); x.me = x
p = Plain('p'); x.p = p; p.back = x
q = Plain('q'); q.me = q
wx = weakref.ref(x, lambda w: log.append('cb x'))
wp = weakref.ref(p, lambda w: log.append('cb p'))
del x, p, q
n = gc.collect()
print('7', n, 'garbage:', [type(o).__name__ for o in gc.garbage], log,
      'weakrefs alive:', wx() is not None, wp() is not None, 'uncollectable stat:', gc.get_stats()[2]['uncollectable'])
gc.garbage[0].me = None; gc.garbage[0].p = None
gc.garbage.clear()
print('7b', log); log.clear()

# 8. an object in an older generation that only young trash keeps alive
#    dies by refcount during delete_garbage; its callback runs then, and
#    sees the young trash's weakrefs dead
class C:
    def __init__(self, i): self.i = i; self.loop = self
c0 = C(0)
gc.collect()
c1 = C(1); c1.keep_c0_alive = c0
del c0.loop
c2 = C(2); c2wr = weakref.ref(c2)
c0wr = weakref.ref(c0, lambda w: log.append('c0 callback; c2wr() is None: %s' % (c2wr() is None)))
c0 = c1 = c2 = None
print('8', gc.collect(0), log, 'c0 dead:', c0wr() is None)
