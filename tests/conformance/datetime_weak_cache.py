# Ordinary programs keyed by dates: a WeakValueDictionary cache of daily
# reports keyed by date (entries vanish when the report dies), events in a
# dict keyed by aware datetimes from different zones (equal instants are
# one key), a subclass of date whose instances can be weakly referenced and
# carry attributes, and objects dying at known moments as the program drops
# them.
import weakref, gc
from datetime import date, datetime, timedelta, timezone, tzinfo

class Report:
    def __init__(self, day):
        self.day = day
        self.lines = [f"{day:%a %d %b}"]
    def __del__(self):
        print("  report for", self.day.isoformat(), "freed")

cache = weakref.WeakValueDictionary()
def report_for(day):
    r = cache.get(day)
    if r is None:
        r = Report(day)
        cache[day] = r
        print("  built", day)
    return r

start = date(2024, 2, 26)
week = [report_for(start + timedelta(days=i)) for i in range(5)]
print("cached:", sorted(cache.keys()))
again = report_for(date(2024, 2, 28))
print("same object:", again is week[2])
del again
print("drop Monday and Tuesday")
del week[:2]
print("cached:", [str(d) for d in sorted(cache.keys())])
print("leap day is", report_for(date(2024, 2, 29)).lines)
print("drop all")
week = None
print("left:", len(cache))

# Aware datetimes from different zones naming the same instant are one key.
utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
events = {}
events[datetime(2024, 5, 1, 12, tzinfo=utc)] = "launch"
events[datetime(2024, 5, 1, 13, tzinfo=cet)] = "launch (CET)"
events[datetime(2024, 5, 1, 12, tzinfo=cet)] = "briefing"
for k in sorted(events):
    print(k.isoformat(), events[k])

class Day(date):
    def __new__(cls, y, m, d, label=""):
        self = super().__new__(cls, y, m, d)
        self.label = label
        return self
    def __del__(self):
        print("  Day", self, "gone")

holiday = Day(2024, 12, 25, "Christmas")
r = weakref.ref(holiday)
print(repr(holiday), holiday.label, holiday.__dict__, r() is holiday, type(holiday + timedelta(1)).__name__)
nxt = holiday + timedelta(1)
print(repr(nxt), repr(nxt.label))
del nxt
del holiday
print("after del:", r())

# A cycle through a tzinfo subclass instance held by a datetime.
class Zone(tzinfo):
    def __init__(self, name):
        self.name = name
        self.stamps = []
    def utcoffset(self, dt):
        return timedelta(hours=3)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __del__(self):
        print("  zone", self.name, "collected")

z = Zone("MSK")
z.stamps.append(datetime(2024, 1, 1, tzinfo=z))
print(z.stamps[0], z.stamps[0].tzname())
wz = weakref.ref(z)
del z
print("zone alive before collect:", wz() is not None)
gc.collect()
print("zone alive after collect:", wz() is not None)
