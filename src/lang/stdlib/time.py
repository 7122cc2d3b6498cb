"""time for gclab: a simulated clock.

gclab never reads the host's clock (every run must print the same thing),
so this module keeps one simulated clock. It starts at 0.0 and moves only
when the program sleeps: time.sleep(s) returns at once and advances every
clock by s seconds. time(), monotonic() and perf_counter() all read it
(process_time() and thread_time() read 0.0: sleeping uses no CPU time).
gmtime() and localtime() (UTC) give struct_time; strftime, asctime, ctime
and mktime work on them as in the C locale with TZ=UTC (timezone 0,
tzname ('UTC', 'UTC')).
"""

_now_ns = 0

_NS = 1000000000


def _seconds_to_ns(secs, name):
    if isinstance(secs, bool) or not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(secs).__name__)
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    return int(secs * _NS)


# threading's sleep while threads run (a wait the other threads may run in).
_sleep_hook = None


def sleep(secs):
    """sleep(seconds): advance the simulated clock by seconds (threading
    lets other threads run meanwhile)."""
    ns = _seconds_to_ns(secs, 'sleep')
    if ns < 0:
        raise ValueError("sleep length must be non-negative")
    if _sleep_hook is not None:
        return _sleep_hook(ns)
    _sleep_clock(ns)


def _sleep_clock(ns):
    global _now_ns
    _now_ns += ns


def _advance_to(ns):
    """Advance the simulated clock to ns (threading's scheduler)."""
    global _now_ns
    if ns > _now_ns:
        _now_ns = ns


def time():
    """Seconds on the simulated clock (it starts at 0.0)."""
    return _now_ns / _NS


def time_ns():
    return _now_ns


def monotonic():
    return _now_ns / _NS


def monotonic_ns():
    return _now_ns


def perf_counter():
    return _now_ns / _NS


def perf_counter_ns():
    return _now_ns


def process_time():
    return 0.0


def process_time_ns():
    return 0


def thread_time():
    return 0.0


def thread_time_ns():
    return 0


# The fields of a struct tm (gettmarg), tm_zone and tm_gmtoff included.
_STRUCT_TM_ITEMS = 11

_STRUCT_TIME_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
                       'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and
    datetime's timetuple(): a structseq of nine fields (Objects/structseq.c),
    plus tm_zone and tm_gmtoff reachable by name only."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, seq[:9])
        extra = list(seq[9:]) + [None] * (11 - n)
        if dict is not None:
            extra = [dict.get('tm_zone', extra[0]), dict.get('tm_gmtoff', extra[1])]
        self._extra = extra
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_STRUCT_TIME_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._extra[0], 'tm_gmtoff': self._extra[1]}))


struct_time.__module__ = 'time'


def _civil_from_days(days):
    """(year, month, day) of a day count from 1970-01-01 (proleptic Gregorian)."""
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def gmtime(secs=None):
    """The simulated clock (or secs) as a UTC struct_time (the C library names the zone GMT)."""
    return _utc_struct_time(secs, 'gmtime', 'GMT')


def localtime(secs=None):
    """Local time is UTC in the simulation (tm_zone 'UTC')."""
    return _utc_struct_time(secs, 'localtime', 'UTC')


def _utc_struct_time(secs, name, zone):
    if secs is None:
        secs = _now_ns // _NS
    else:
        secs = int(_seconds_to_ns(secs, name) // _NS)
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    yday = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][m - 1] + d + (1 if leap and m > 2 else 0)
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7, yday, 0, zone, 0))



# Local time is UTC (see localtime): the zone names and offsets C's tzset gives for TZ=UTC.
timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_MONTH_ABBR = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')


def _time_tuple(t, name):
    """gettmarg + checktm of Modules/timemodule.c: the nine fields of a
    struct_time or 9-tuple (zero month/day/yday taken as 1 where strftime
    allows them), and its zone name."""
    if t is None:
        t = localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError("%s(): illegal time tuple argument" % name)
    fields = []
    for v in tuple(t)[:9]:
        if not isinstance(v, int):
            if isinstance(v, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            raise TypeError("an integer is required (got type %s)" % type(v).__name__)
        fields.append(int(v))
    y, mo, d, hh, mi, ss, wd, yd, dst = fields
    if name == 'strftime':
        if mo == 0:
            mo = 1
        if d == 0:
            d = 1
        if yd == 0:
            yd = 1
    if not 1 <= mo <= 12:
        raise ValueError("month out of range")
    if not 1 <= d <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hh <= 23:
        raise ValueError("hour out of range")
    if not 0 <= mi <= 59:
        raise ValueError("minute out of range")
    if not 0 <= ss <= 61:
        raise ValueError("seconds out of range")
    # gettmarg stores (wday + 1) % 7 as C computes it (Sunday 0): -1 is Sunday, below is an error.
    tm_wday = wd + 1 - 7 * int((wd + 1) / 7)
    if tm_wday < 0:
        raise ValueError("day of week out of range")
    wd = (tm_wday + 6) % 7
    if not 1 <= yd <= 366:
        raise ValueError("day of year out of range")
    zone = t.tm_zone if isinstance(t, struct_time) and t.tm_zone is not None else 'UTC'
    return (y, mo, d, hh, mi, ss, wd, yd, dst), zone


def strftime(format, t=None):
    """The time tuple t (default: localtime()) formatted as glibc's strftime
    does in the C locale (the formatting datetime's strftime uses)."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    (y, mo, d, hh, mi, ss, wd, yd, dst), zone = _time_tuple(t, 'strftime')
    import datetime
    return datetime._strftime(format, y, mo, d, hh, mi, min(ss, 59), 0,
                              datetime.timedelta(0), zone)


def strptime(*args, **kwargs):
    """strptime(string, format) -> struct_time

Parse a string to a time tuple according to a format specification.
See the library reference manual for formatting codes (same as
strftime()).

Commonly used format codes:

%Y  Year with century as a decimal number.
%m  Month as a decimal number [01,12].
%d  Day of the month as a decimal number [01,31].
%H  Hour (24-hour clock) as a decimal number [00,23].
%M  Minute as a decimal number [00,59].
%S  Second as a decimal number [00,61].
%z  Time zone offset from UTC.
%a  Locale's abbreviated weekday name.
%A  Locale's full weekday name.
%b  Locale's abbreviated month name.
%B  Locale's full month name.
%c  Locale's appropriate date and time representation.
%I  Hour (12-hour clock) as a decimal number [01,12].
%p  Locale's equivalent of either AM or PM.

Other codes may be available on your platform.  See documentation for
the C library strftime function.
"""
    # time_strptime: a METH_VARARGS function handing its arguments to
    # _strptime._strptime_time (CPython's Lib/_strptime.py).
    if kwargs:
        raise TypeError("strptime() takes no keyword arguments")
    import _strptime
    return _strptime._strptime_time(*args)


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for the time tuple t (default: localtime())."""
    (y, mo, d, hh, mi, ss, wd, yd, dst), zone = _time_tuple(t, 'asctime')
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAY_ABBR[wd], _MONTH_ABBR[mo - 1], d, hh, mi, ss, y)


def ctime(secs=None):
    """asctime(localtime(secs)): the simulated clock (or secs) as text."""
    return asctime(localtime(secs))


def mktime(t):
    """The inverse of localtime(): seconds since the epoch as a float (local time is UTC)."""
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    (y, mo, d, hh, mi, ss, wd, yd, dst), zone = _time_tuple(t, 'mktime')
    # days from civil (the inverse of _civil_from_days)
    yy = y - (1 if mo <= 2 else 0)
    era = (yy if yy >= 0 else yy - 399) // 400
    yoe = yy - era * 400
    doy = (153 * (mo + (-3 if mo > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return float(days * 86400 + hh * 3600 + mi * 60 + ss)
