# What the collector sees of the new modules' objects: the datetime types
# and Decimal are C types without GC (untracked, no referents, so a cycle
# through a datetime's tzinfo is never collected), their Python subclasses
# are GC types; Fraction and the queue classes are tracked.
import gc
from datetime import date, time, datetime, timedelta, timezone, tzinfo
from fractions import Fraction
from decimal import Decimal
import queue, struct
tz = timezone(timedelta(hours=1), 'X')
objs = [date(2020, 1, 1), time(1), datetime(2020, 1, 1, tzinfo=tz), timedelta(1), tz, timezone.utc, Fraction(1, 2), Decimal('1.5'), queue.Queue(), queue.SimpleQueue()]
for o in objs:
    print(type(o).__name__, gc.is_tracked(o), len(gc.get_referents(o)))
class D(date): pass
class Z(tzinfo): pass
print(gc.is_tracked(D(2020, 1, 1)), gc.is_tracked(Z()))
print(tz in gc.get_referrers(datetime(2020, 1, 1, tzinfo=tz)) if False else '')
d = datetime(2020, 1, 1, tzinfo=tz)
print([type(r).__name__ for r in gc.get_referents(d)])
class Zone(tzinfo):
    def __init__(self):
        self.held = []
    def __del__(self):
        print("zone freed")
z = Zone()
z.held.append(datetime(2020, 1, 1, tzinfo=z))
del z
print("collected:", gc.collect() >= 0)
print("zone still alive (the datetime hides the cycle)")
