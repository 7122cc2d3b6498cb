# Oracle for tests/heap/refcount-death.test.ts: what happens when an
# instance's refcount reaches zero (subtype_dealloc, PyObject_ClearWeakRefs,
# PyObject_CallFinalizerFromDealloc), CPython 3.11.
import gc, weakref
gc.disable()
log = []
saved = []

# 1. __del__ runs first, and the weakref is still alive inside it; then the callback
class D:
    def __del__(self):
        log.append('del sees wr alive: %s' % (wr() is self))
d = D()
wr = weakref.ref(d, lambda w: log.append('cb sees wr dead: %s' % (w() is None)))
del d
print('1', log); log.clear()

# 2. callbacks run newest first; every ref is dead inside each callback
class C:
    pass
o = C()
refs = []
def watch(name):
    refs.append(weakref.ref(o, lambda w: log.append('%s all dead: %s' % (name, all(r() is None for r in refs)))))
for name in ('r1', 'r2', 'r3'):
    watch(name)
del o
print('2', log); log.clear()

# 3. resurrection in __del__: weakrefs stay alive, no callback, FINALIZED set;
#    the second death runs the callback but not __del__
class R:
    def __del__(self):
        log.append('R.__del__')
        saved.append(self)
r = R()
wr = weakref.ref(r, lambda w: log.append('cb R'))
del r
print('3', log, 'wr alive:', wr() is not None, 'is_finalized:', gc.is_finalized(saved[0])); log.clear()
saved.clear()
print('3b', log, 'wr alive:', wr() is not None); log.clear()

# 4. a weakref created inside __del__ is on the list when ClearWeakRefs runs: its callback runs
late = []
class L:
    def __del__(self):
        log.append('L.__del__')
        late.append(weakref.ref(self, lambda w: log.append('cb of ref made in __del__')))
x = L()
del x
print('4', log); log.clear()

# 5. the instance releases its class last: while its attributes die, the
#    class still counts the dying instance's reference
import sys
class K:
    pass
class Probe:
    def __del__(self):
        log.append('class refs held by instances while attrs die: %d' % (sys.getrefcount(K) - base))
base = sys.getrefcount(K)
k = K()
k.p = Probe()
del k
log.append('after: %d' % (sys.getrefcount(K) - base))
print('5', log); log.clear()
