# Oracle for tests/gc/phases.test.ts: the order of weakref callbacks and
# __del__ calls follows the (merged) generation list, which
# move_unreachable may reorder (CPython 3.11 Modules/gcmodule.c); counts
# after collect(0)/(1)/(2).
import gc, weakref
gc.disable()
gc.collect()
log = []
keep = []
class N:
    def __init__(self, name): self.name = name
    def __del__(self): log.append('del ' + self.name)

def watch(o):
    keep.append(weakref.ref(o, lambda w, n=o.name: log.append('cb ' + n)))

def names(gen):
    return [x.name for x in gc.get_objects(gen) if isinstance(x, N)]

# 1. fresh objects in creation order, one big cycle
a, b, c = N('a'), N('b'), N('c')
a.nxt = b; b.nxt = c; c.nxt = a
for o in (a, b, c): watch(o)
del a, b, c, o
print('1', gc.collect(), log); log.clear()

# 2. move_unreachable's own example: A, B, C created in that order,
#    C -> B -> A, C referenced from outside: survivors end up C, B, A
a, b, c = N('a'), N('b'), N('c')
b.ref = a; c.ref = b
root = c
del a, b, c
gc.collect(0)
print('2 gen1 after collect(0):', names(1))
root.ref.ref.ref = root    # close the cycle a -> c
for o in (root, root.ref, root.ref.ref): watch(o)
del root, o
print('2', gc.collect(1), log); log.clear()

# 3. reachable objects found late are re-appended in discovery order;
#    the garbage keeps its relative order
a, b, c, d, e = N('A'), N('B'), N('C'), N('D'), N('E')
c.ref = a; a.peer = b; b.peer = a
d.peer = e; e.peer = d
for o in (d, e): watch(o)
held = c
del a, b, c, d, e, o
print('3', gc.collect(0), log, 'gen1:', names(1)); log.clear()
del held
gc.collect()
log.clear()

# 4. a full collection scans [gen2][gen0][gen1]
x = N('x2'); x.me = x
gc.collect()
y = N('y1'); y.me = y
gc.collect(0)
z = N('z0'); z.me = z
for o in (x, y, z): watch(o)
del x, y, z, o
print('4', gc.collect(2), log); log.clear()

# 5. survivors are promoted one generation; counts after collect(0)/(1)/(2)
s = N('s')
gc.collect(0); c0 = gc.get_count()
where0 = [g for g in range(3) if s in gc.get_objects(g)]
gc.collect(1); c1 = gc.get_count()
where1 = [g for g in range(3) if s in gc.get_objects(g)]
gc.collect(2); c2 = gc.get_count()
where2 = [g for g in range(3) if s in gc.get_objects(g)]
print('5', where0, c0, where1, c1, where2, c2)

# 6. a gen1 collection scans [gen1][gen0]
y = N('y1'); y.me = y
gc.collect(0)
z = N('z0'); z.me = z
for o in (y, z): watch(o)
del y, z, o
print('6', gc.collect(1), log); log.clear()
