# Calendar arithmetic: weekday/isoweekday, isocalendar (the named tuple and
# its fields), ISO week 53 years, fromisocalendar and its errors,
# toordinal/fromordinal round trips and limits, replace() with its range
# errors, combine(), and a small program that lays out a month and finds
# the n-th weekday of months.
from datetime import date, datetime, time, timedelta, timezone

for d in (date(2020, 1, 1), date(2020, 12, 31), date(2021, 1, 3), date(2015, 12, 31), date(2026, 12, 31), date(1, 1, 1), date(9999, 12, 31)):
    ic = d.isocalendar()
    print(d, d.weekday(), d.isoweekday(), ic, ic.year, ic.week, ic.weekday, tuple(ic), ic == tuple(ic), d.toordinal())
print(type(date(2020, 1, 1).isocalendar()).__name__, date(2020, 5, 17).isocalendar()[1])
for y, w, wd in ((2020, 53, 5), (2021, 52, 7), (2004, 1, 1), (2020, 1, 1)):
    print((y, w, wd), date.fromisocalendar(y, w, wd))
for args in ((2021, 53, 1), (2020, 54, 1), (2020, 1, 8), (2020, 0, 1), (0, 1, 1), (2020, 1, 0)):
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print(args, 'ValueError:', e)
for n in (1, 2, 365, 366, 730120, 737425, 3652059):
    d = date.fromordinal(n)
    print(n, d, d.toordinal() == n, datetime.fromordinal(n).toordinal() == n)
for bad in (0, -5, 3652060):
    try:
        date.fromordinal(bad)
    except ValueError as e:
        print(bad, 'ValueError:', e)
try:
    date.fromordinal(1.5)
except TypeError as e:
    print('TypeError:', e)

d = date(2024, 1, 31)
print(d.replace(day=29, month=2), d.replace(year=2025), repr(datetime(2024, 1, 31, 10).replace(minute=5, tzinfo=timezone.utc)))
for kw in (dict(month=2), dict(month=13), dict(day=0), dict(year=10000)):
    try:
        d.replace(**kw)
    except ValueError as e:
        print(kw, 'ValueError:', e)
print(repr(time(10, 30).replace(hour=11, fold=1)), repr(datetime(2024, 1, 1, tzinfo=timezone.utc).replace(tzinfo=None)))
print(datetime.combine(date(2024, 6, 1), time(8, 15)), datetime.combine(date(2024, 6, 1), time(8, 15, tzinfo=timezone.utc)),
      datetime.combine(date(2024, 6, 1), time(8), tzinfo=timezone(timedelta(hours=2))))
for a, b in ((1, time()), (date(2024, 1, 1), 1)):
    try:
        datetime.combine(a, b)
    except TypeError as e:
        print('TypeError:', e)

def month_grid(year, month):
    first = date(year, month, 1)
    rows, row = [], ['  '] * first.weekday()
    d = first
    while d.month == month:
        row.append('%2d' % d.day)
        if len(row) == 7:
            rows.append(' '.join(row))
            row = []
        d += timedelta(days=1)
    if row:
        rows.append(' '.join(row))
    return '\n'.join(['Mo Tu We Th Fr Sa Su'] + rows)

print(month_grid(2024, 2))

def nth_weekday(year, month, weekday, n):
    d = date(year, month, 1)
    d += timedelta(days=(weekday - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)

print([str(nth_weekday(2024, m, 3, 2)) for m in range(1, 13)])
print("Thanksgiving", nth_weekday(2024, 11, 3, 4).strftime('%A %d %B'))
