# bpo-38006: a weakref that is itself trash is cleared by handle_weakrefs
# before tp_clear runs, so its callback never fires even when its referent
# (Z) dies during delete_garbage, reached only through an object the
# collector cannot see into (_testcapi.ContainerNoGC: not a GC type). Also
# ContainerNoGC itself: its member, errors, and what it keeps alive.
import gc
import weakref
from _testcapi import ContainerNoGC

events = []

class A:
    __slots__ = ['a', 'y', 'wz']

class Z:
    def __del__(self):
        events.append("Z.__del__")

def callback(ref):
    events.append("callback")

a = A()
a.a = a
a.y = ContainerNoGC(Z())
a.wz = weakref.ref(a.y.value, callback)
wr_cycle = [a.wz]
wr_cycle.append(wr_cycle)
gc.collect()
gc.disable()
del a, wr_cycle
gc.collect()
print(events)
gc.enable()

# The container keeps its value alive; the value dies with it.
z = Z()
wz = weakref.ref(z, lambda r: events.append("plain callback"))
c = ContainerNoGC(z)
del z
print(wz() is not None, gc.is_tracked(c), c.value is wz())
del c
print(wz(), events[-2:])
try:
    ContainerNoGC(1).value = 2
except AttributeError as e:
    print("AttributeError:", e)
for args, kwargs in [((), {}), ((1, 2), {}), ((), {"x": 1}), ((1,), {"x": 1})]:
    try:
        ContainerNoGC(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(ContainerNoGC(value="v").value)
try:
    weakref.ref(ContainerNoGC(1))
except TypeError as e:
    print("TypeError:", e)
