# datetime: date/datetime/time/timedelta arithmetic, reprs and strftime,
# isoformat/fromisoformat, isocalendar, timezone conversion and timestamps,
# strptime, comparisons and sorting, the errors for a bad date, date minus
# datetime and a strptime mismatch, format(), min/max, timetuple() and
# ctime().
from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat(), d.strftime("%Y/%m/%d %A %B %j"), d.replace(day=1))
print(date.fromisoformat("2023-12-31"), d.toordinal(), date.fromordinal(738000), d.isocalendar(), (date(2024, 3, 1) - d).days)
dt = datetime(2024, 1, 15, 13, 45, 30, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.isoformat(sep=" ", timespec="seconds"), dt.strftime("%H:%M:%S.%f %p %I %y %b %a %d"))
print(dt + timedelta(hours=12), dt - datetime(2024, 1, 1), dt.replace(microsecond=0), datetime.fromisoformat("2024-05-06T07:08:09"))
td = timedelta(days=1, hours=25, minutes=-5, seconds=3.5)
print(td, repr(td), td.total_seconds(), td * 2, td / 2, -td, abs(-td), td // timedelta(hours=1), timedelta(0), timedelta(microseconds=1))
print(time(9, 5), time(23, 59, 59, 999), repr(time(1, 2, 3)), time(12).isoformat(), time.fromisoformat("10:20:30"))
tz = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
print(a, a.astimezone(tz), a.tzname(), a.utcoffset(), tz, repr(timezone.utc), a.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(datetime.strptime("2024-03-05 14:07", "%Y-%m-%d %H:%M"), datetime.strptime("05/Mar/2024", "%d/%b/%Y").date())
print(sorted([date(2024, 1, 2), date(2023, 5, 1), date(2024, 1, 1)]), max(dt, datetime(2025, 1, 1)), d < date(2025, 1, 1))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
try:
    dt - d
except TypeError as e:
    print("TypeError", e)
try:
    datetime.strptime("x", "%Y")
except ValueError as e:
    print("ValueError", e)
print(f"{d:%d.%m.%Y}", f"{dt:%Y}", format(td), str(timedelta(seconds=86399)), timedelta(weeks=1, days=-8))
print(date.min, date.max, datetime.min, timedelta.max, timedelta.resolution, hash(d) == hash(date(2024, 2, 28)), {d: 1}[date(2024, 2, 28)])
print(dt.timetuple()[:6], d.ctime(), dt.ctime())
