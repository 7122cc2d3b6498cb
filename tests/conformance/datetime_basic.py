# datetime's types: construction, reprs and str, attributes, class
# constants, tp_names in error messages, the constructors' argument errors
# (ranges, types, missing arguments) and instances without __dict__ or
# weak references (as the C types).
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone, tzinfo
import weakref

values = [date(2024, 2, 29), time(7, 30), time(7, 30, 5), time(7, 30, 5, 250),
          datetime(2024, 2, 29), datetime(2024, 2, 29, 13, 45), datetime(1999, 12, 31, 23, 59, 59, 999999),
          timedelta(), timedelta(days=3, hours=4), timedelta(minutes=-1), timezone.utc,
          timezone(timedelta(hours=2)), timezone(timedelta(hours=-7, minutes=-30), 'XST'),
          time(1, 2, 3, tzinfo=timezone.utc), datetime(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=9))),
          time(1, fold=1), datetime(2020, 11, 1, 1, 30, fold=1)]
for v in values:
    print(repr(v), '|', str(v), '|', type(v).__name__)

d = datetime(2023, 7, 14, 9, 5, 3, 42)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(d.date(), d.time(), d.timetz(), repr(d.date()), repr(d.time()))
td = timedelta(days=1, seconds=2, microseconds=3)
print(td.days, td.seconds, td.microseconds, td.total_seconds())
print(date.min, date.max, date.resolution)
print(repr(time.min), repr(time.max), repr(time.resolution))
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(repr(timezone.min), repr(timezone.max), repr(timezone.utc), dt.UTC is timezone.utc)
print(dt.MINYEAR, dt.MAXYEAR, issubclass(datetime, date), issubclass(timezone, tzinfo))
print(type(d), date, time, timedelta, timezone, tzinfo)
print(datetime.__mro__)

bad = ["date(2020, 13, 1)", "date(0, 1, 1)", "date(10000, 1, 1)", "date(2023, 2, 29)", "date(2024, 4, 31)",
       "date(2020.0, 1, 1)", "date('2020', 1, 1)", "date(2020, 1)", "date()",
       "time(24)", "time(0, 60)", "time(0, 0, 60)", "time(0, 0, 0, 1000000)", "time(-1)", "time(fold=2)",
       "time(tzinfo=1)", "datetime(2020, 1, 1, tzinfo='UTC')", "datetime(2020, 1, 1, 25)",
       "timedelta(days=1e9)", "timedelta(days=1000000000)", "timedelta('1')", "timedelta(hours=[1])",
       "timedelta(days=float('nan'))", "timedelta(days=float('inf'))",
       "date(2020, 1, 1).x", "date(2020, 1, 1).isoformat(1)", "timedelta(1).foo",
       "timezone(timedelta(days=1))", "timezone(1)", "timezone(timedelta(0), 1)", "timezone(timedelta(hours=-24))"]
for b in bad:
    try:
        print(b, '->', repr(eval(b)))
    except Exception as e:
        print(b, '!!', type(e).__name__ + ':', e)

for v in (date(2020, 1, 1), time(1), datetime(2020, 1, 1), timedelta(1), timezone.utc):
    try:
        weakref.ref(v)
    except TypeError as e:
        print('TypeError:', e)
    print(hasattr(v, '__dict__'), end=' ')
    try:
        v.note = 1
    except AttributeError as e:
        print('AttributeError:', e)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(time(0)), bool(date.min))
