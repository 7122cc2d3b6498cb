# A __del__ run by the collector that resurrects its object also keeps alive
# everything the object reaches (its cargo stays intact), but every weakref to
# the cargo was already cleared and its callback already ran.
# CPython: gcmodule.c handle_resurrected_objects.
import gc
import weakref

gc.disable()
saved = []


class Cargo:
    def __init__(self, payload):
        self.payload = payload


class Ship:
    def __init__(self):
        self.cargo = Cargo("gold")
        self.cargo.ship = self

    def __del__(self):
        print("Ship.__del__ resurrects itself")
        saved.append(self)


s = Ship()
wc = weakref.ref(s.cargo, lambda r: print("callback: cargo ref cleared"))
del s
print("collect")
gc.collect()
ship = saved[0]
print("cargo still readable:", ship.cargo.payload)
print("cargo points back to ship:", ship.cargo.ship is ship)
print("old weakref to cargo is dead:", wc() is None)
print("ship finalized:", gc.is_finalized(ship), "| cargo finalized:", gc.is_finalized(ship.cargo))
wship = weakref.ref(ship)
del ship
saved.clear()
print("collect again (no second __del__)")
gc.collect()
print("ship gone:", wship() is None)
