# time.struct_time (gmtime, localtime, a struct_time built from a tuple,
# its too-short TypeError, tm_zone/tm_gmtoff) and datetime's
# timetuple()/utctimetuple() for naive and aware values.
import time
from datetime import datetime, date, timezone, timedelta
t = time.gmtime(0)
print(t, t.tm_year, t.tm_zone, t.tm_gmtoff, t[6], len(t), tuple(t))
print(time.gmtime(86400 * 365.25 * 30 + 3661), time.localtime(1e9).tm_yday)
s = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, -1))
print(s, s.tm_zone, s == (2024, 1, 2, 3, 4, 5, 6, 7, -1), s[:3], type(s).__name__)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError", e)
dt = datetime(2024, 3, 1, 12, 30, 15)
print(dt.timetuple(), date(2024, 12, 31).timetuple().tm_yday, dt.timetuple().tm_wday)
aware = datetime(2024, 6, 1, 2, 0, tzinfo=timezone(timedelta(hours=5)))
print(aware.timetuple().tm_isdst, aware.utctimetuple())
y, mo, d, *rest = dt.timetuple(); print(y, mo, d, rest)
