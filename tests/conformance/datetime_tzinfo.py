# Time zones: timezone (utc, fixed offsets, names, tzname/utcoffset/dst,
# equality and hashing by offset, fromutc), tzinfo subclasses with a DST
# rule (utcoffset/dst/tzname called with the datetime, astimezone going
# through tzinfo.fromutc), the abstract tzinfo's NotImplementedErrors, and
# the errors for bad utcoffset()/tzname() results.
from datetime import date, time, datetime, timedelta, timezone, tzinfo

HOUR = timedelta(hours=1)
ZERO = timedelta(0)

class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, dt):
        return self.offset
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return ZERO
    def __repr__(self):
        return f"Fixed({self.name})"

class Eastern(tzinfo):
    """US Eastern with the 2007 rules: DST from the second Sunday of March
    at 2:00 to the first Sunday of November at 2:00."""
    calls = []
    def _dst_window(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 1)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end
    def dst(self, dt):
        Eastern.calls.append(('dst', dt.replace(tzinfo=None)))
        start, end = self._dst_window(dt.year)
        return HOUR if start <= dt.replace(tzinfo=None) < end else ZERO
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"
    def __repr__(self):
        return "Eastern()"

east = Eastern()
for month in (1, 3, 7, 11, 12):
    d = datetime(2024, month, 10, 12, tzinfo=east)
    print(d, d.tzname(), d.utcoffset(), d.dst(), d.astimezone(timezone.utc))
print(len(Eastern.calls) > 0)
u = datetime(2024, 7, 4, 16, tzinfo=timezone.utc)
print(u.astimezone(east), u.astimezone(east).tzname(), u.astimezone(Fixed(2, 'CEST')), u.astimezone(timezone.utc) is u)
print(datetime(2024, 3, 10, 6, 59, tzinfo=timezone.utc).astimezone(east), datetime(2024, 3, 10, 7, 0, tzinfo=timezone.utc).astimezone(east))
print(datetime(2024, 1, 1, 12).astimezone(), datetime(2024, 1, 1, 12).astimezone(Fixed(-3, 'BRT')))

tz = timezone(timedelta(hours=5, minutes=30))
print(tz, repr(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), timezone(timedelta(0)) is timezone.utc)
print(timezone(timedelta(0), 'Z'), repr(timezone(timedelta(0), 'Z')), str(timezone(timedelta(seconds=1))), str(timezone(-HOUR)))
print(tz == timezone(timedelta(minutes=330), 'IST'), hash(tz) == hash(timezone(timedelta(minutes=330), 'IST')), tz != timezone.utc, tz == 5)
print(tz.fromutc(datetime(2020, 1, 1, tzinfo=tz)), timezone.utc.tzname(None), timezone(timedelta(hours=-1)).tzname(None))
t = time(10, 30, tzinfo=Fixed(1, 'CET'))
print(t, t.utcoffset(), t.tzname(), t.dst(), time(10).utcoffset(), time(10).tzname())
print(time(10, tzinfo=timezone.utc) == time(11, tzinfo=Fixed(1, 'CET')), time(10) == time(10, tzinfo=timezone.utc))

class Broken(tzinfo):
    def __init__(self, off=None, name=None):
        self.off = off
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return self.off

errors = ["tzinfo().utcoffset(None)", "tzinfo().tzname(None)", "tzinfo().dst(None)",
          "datetime(2020, 1, 1, tzinfo=Broken(5)).utcoffset()", "datetime(2020, 1, 1, tzinfo=Broken(timedelta(days=1))).utcoffset()",
          "datetime(2020, 1, 1, tzinfo=Broken(name=3)).tzname()", "datetime(2020, 1, 1, tzinfo=Broken()).utcoffset()",
          "datetime(2020, 1, 1, tzinfo=Broken()).astimezone(timezone.utc)",
          "timezone.utc.fromutc(datetime(2020, 1, 1))", "timezone.utc.fromutc(5)", "timezone.utc.utcoffset(1)",
          "Fixed(1, 'X').fromutc(datetime(2020, 1, 1))", "datetime(2020, 1, 1).astimezone(1)",
          "time(1) < time(1, tzinfo=timezone.utc)", "datetime(2020, 1, 1, tzinfo=Broken()) < datetime(2020, 1, 1, tzinfo=timezone.utc)"]
for e in errors:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__ + ':', ex)

class Subzone(tzinfo):
    pass
print(Subzone.__name__, issubclass(Subzone, tzinfo), isinstance(timezone.utc, tzinfo))
try:
    class Z(timezone):
        pass
except TypeError as e:
    print("TypeError:", e)
