import gc
gc.collect()
class Marker: pass
m = Marker()
def where(o):
    return [g for g in range(3) if any(x is o for x in gc.get_objects(g))]
print(where(m))
gc.collect(0)
print(where(m))
gc.collect(1)
print(where(m))
gc.collect()
print(where(m))
print(any(x is m for x in gc.get_objects()))
print(len([o for o in gc.get_objects(0) if isinstance(o, Marker)]))
try:
    gc.get_objects(-2)
except ValueError as e:
    print(e)
try:
    gc.get_objects(3)
except ValueError as e:
    print(e)
