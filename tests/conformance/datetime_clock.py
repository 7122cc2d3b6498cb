# The clock-reading constructors: now(), today(), utcnow(), now(tz),
# fromtimestamp/utcfromtimestamp (microseconds rounded half to even) and
# timestamp(). Only facts that hold whenever the program runs are printed.
import time
from datetime import date, datetime, timedelta, timezone

a = datetime.now()
b = datetime.now()
print(type(a).__name__, a.tzinfo, b >= a, b - a < timedelta(seconds=5))
u = datetime.now(timezone.utc)
print(u.tzinfo, u.utcoffset(), abs(u - datetime.utcnow().replace(tzinfo=timezone.utc)) < timedelta(seconds=5))
print(type(date.today()).__name__, abs(date.today() - a.date()) <= timedelta(days=1), type(datetime.today()).__name__)
t0 = datetime.now()
time.sleep(0.01)
print("time moves forward:", datetime.now() > t0)
print(datetime.now(timezone(timedelta(hours=3))).utcoffset())
try:
    datetime.now(1)
except TypeError as e:
    print('TypeError:', e)

print(repr(datetime.fromtimestamp(0, timezone.utc)), repr(datetime.utcfromtimestamp(86400.5)))
print(repr(datetime.fromtimestamp(1.0000005, timezone.utc)), repr(datetime.fromtimestamp(0.9999996, timezone.utc)))
print(repr(datetime.utcfromtimestamp(-1.5)), repr(datetime.utcfromtimestamp(1700000000)))
print(repr(datetime.fromtimestamp(1700000000, timezone(timedelta(hours=-8)))))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp())
print(datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=5))).timestamp())
stamp = datetime(2024, 7, 4, 12, 30, tzinfo=timezone.utc).timestamp()
print(stamp, datetime.fromtimestamp(stamp, timezone.utc) == datetime(2024, 7, 4, 12, 30, tzinfo=timezone.utc))
for bad in ("datetime.fromtimestamp(float('nan'))", "datetime.fromtimestamp(1e20)", "datetime.utcfromtimestamp('0')"):
    try:
        eval(bad)
    except Exception as e:
        print(bad, '!!', type(e).__name__ + ':', e)
