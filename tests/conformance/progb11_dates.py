from datetime import date, datetime, time, timedelta, timezone
import calendar

d = date(2024, 1, 31)
print(d, d + timedelta(days=29), d.replace(month=2, day=29), d.toordinal(), date.fromordinal(738000))
print(d.strftime("%A, %d %B %Y (%a %b %y) day %j week %W %U"), d.isoweekday(), d.isocalendar())
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"))
print(dt.strftime("%H:%M:%S.%f %I%p %%"), dt.date(), dt.time(), dt.timetuple()[:6])
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=5))
print(timedelta(weeks=1) > timedelta(days=6), timedelta(0) == False, str(timedelta(microseconds=1)), timedelta(days=-1, seconds=1))
a = datetime(2024, 3, 10, 8, 0)
b = datetime(2024, 2, 28, 20, 15)
print(a - b, (a - b).total_seconds(), b < a, max(a, b), sorted([a, b])[0])
tz = timezone(timedelta(hours=5, minutes=30), "IST")
aware = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(aware, aware.astimezone(tz), aware.astimezone(tz).tzname(), aware.utcoffset(), tz, timezone.utc)
print(aware.isoformat(), datetime.fromisoformat("2024-06-01T17:30:00+05:30") == aware)
print(datetime.strptime("07/04/21 3:04PM", "%m/%d/%y %I:%M%p"), datetime.strptime("2020-366", "%Y-%j"))
print(date.fromisoformat("2021-11-05"), datetime.fromisoformat("2021-11-05 10:20"), time(14, 5).strftime("%H.%M"), time(1, 2, 3, 4))
print(time(12, 30) < time(13), time.fromisoformat("10:11:12"), datetime.combine(d, time(6)), datetime(2020, 1, 1).weekday())
try:
    a - aware
except TypeError as e:
    print("TypeError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.leapdays(2000, 2025), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 10))
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))
print([str(add_months(date(2024, 1, 31), k)) for k in range(0, 14, 3)])
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)))
days = [d + timedelta(days=i) for i in range(10)]
print([x.strftime("%a") for x in days if x.weekday() < 5])
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), {date(2020, 1, 1): 1}[date(2020, 1, 1)], date.min, date.max, timedelta.max)
