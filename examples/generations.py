# Three generations: survivors of a collection move to an older generation,
# and a full collection scans [gen2][gen0][gen1] -- which is the order
# finalizers run in.
import gc

gc.disable()
gc.collect()
order = []


class N:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        order.append(self.name)


x = N("old")
gc.collect()          # x survives (it is still referenced): now in gen2
y = N("middle")
gc.collect(0)         # y moves to gen1
z = N("young")        # z stays in gen0
print("x tracked in gen2:", any([o is x for o in gc.get_objects(2)]))
del x, y, z
gc.collect()
print("finalizer order:", order)
