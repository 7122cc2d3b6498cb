# Subclasses of the datetime types: arithmetic on a date/datetime subclass
# returns the subclass (made through its constructor), timedelta arithmetic
# returns plain timedelta, reprs use the subclass's name, subclasses get a
# __dict__ and weak references, class methods build the subclass, and
# instances of a subclass die when their last reference goes.
import weakref
from datetime import date, datetime, timedelta, timezone

class Workday(date):
    made = 0
    def __new__(cls, y, m, d):
        Workday.made += 1
        return super().__new__(cls, y, m, d)
    def next_workday(self):
        d = self + timedelta(days=1)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

w = Workday(2024, 3, 8)
print(repr(w), str(w), type(w + timedelta(1)).__name__, type(w - timedelta(1)).__name__, w - date(2024, 3, 1))
print(repr(w.next_workday()), Workday.made, repr(Workday.today().__class__), repr(Workday.fromordinal(1)))
print(repr(Workday.fromisoformat('2024-02-29')), type(w.replace(day=1)).__name__, w == date(2024, 3, 8), hash(w) == hash(date(2024, 3, 8)))

class Stamp(datetime):
    def __repr__(self):
        return "Stamp<" + self.isoformat() + ">"

s = Stamp(2024, 3, 8, 9, 30, tzinfo=timezone.utc)
print(s, repr(s), repr(s + timedelta(hours=1)), type(s - timedelta(1)).__name__, type(s - s).__name__)
print(repr(Stamp.fromisoformat('2024-01-02T03:04:05')), repr(Stamp.strptime('2024', '%Y')), repr(Stamp.combine(date(2024, 1, 1), s.timetz())))
print(type(s.astimezone(timezone(timedelta(hours=1)))).__name__, type(s.date()).__name__, type(s.replace(hour=1)).__name__)

class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600

sp = Span(hours=36)
print(repr(sp), str(sp), sp.hours(), type(sp + sp).__name__, type(-sp).__name__, type(sp * 2).__name__, type(abs(sp)).__name__)

r = weakref.ref(w)
w.note = "payday"
print(w.__dict__, r() is w)
del w
print(r())
events = weakref.WeakSet()
class Tagged(datetime):
    def __del__(self):
        print("  Tagged", self.isoformat(), "freed")
items = [Tagged(2024, 1, d) for d in (1, 2, 3)]
for it in items:
    events.add(it)
print(len(events))
items.pop(1)
print(len(events))
items.clear()
print(len(events))
