"""datetime for gclab: dates, times, datetimes, time deltas and time zones.

CPython 3.11 runs the C module _datetime (Modules/_datetimemodule.c); its
Lib/datetime.py is the pure-Python equivalent. This module follows the C
types' observable behaviour: their reprs and tp_names (`datetime.date`,
shown in error messages), their error types and messages, instances without
a __dict__ and not weakly referenceable (a subclass defined in Python gets
both), arithmetic that returns the subclass for date/datetime and the base
type for timedelta, comparisons that refuse to order a date against a
datetime or a naive against an aware value, and hashes consistent with ==.

The clock (now(), today(), utcnow(), astimezone() without a zone) follows
gclab's time module: the simulated clock starts at the epoch, moves only
when the program sleeps, and local time is UTC. strftime is written here
for the C locale (python3 calls the C library's strftime); strptime calls
CPython's Lib/_strptime.py, as the C module does; timetuple() and utctimetuple() give the time module's
struct_time (_build_struct_time).
"""

import time as _time
import sys

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059       # date(9999, 12, 31).toordinal()
_MAX_DELTA_DAYS = 999999999
_C_INT_MAX = 2147483647

# Days in each month of a common year, and days before its first day; index 0 unused.
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_acc = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_acc)
    _acc += _dim
del _acc, _dim

_DI400Y = 146097    # days in 400 years
_DI100Y = 36524     # days in 100 years
_DI4Y = 1461        # days in 4 years

_MONTH_NAMES = [None, "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday"]


# ---- the proleptic Gregorian calendar ---------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y*365 + y//4 - y//100 + y//400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


def _ymd2ord(year, month, day):
    """Day 1 is 0001-01-01."""
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """The (year, month, day) of ordinal n: whole 400-, 100-, 4- and 1-year
    cycles first, then the month from an estimate corrected once."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # The last day of a leap 4-year or 400-year cycle.
        return year-1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    """The ordinal of the Monday of ISO week 1 of year (the week with Jan 4)."""
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _isoweek_to_gregorian(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        ok = False
        if week == 53:
            # Years starting on a Thursday, and leap years starting on a
            # Wednesday, have 53 ISO weeks.
            first = _ymd2ord(year, 1, 1) % 7
            ok = first == 4 or (first == 3 and _is_leap(year))
        if not ok:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


# ---- argument checks, worded as the C module's ------------------------------

_TP_NAMES = {}

try:
    from _gclab import without_gc as _without_gc
except ImportError:
    _without_gc = None


def _c_type(cls, gc=False):
    """Make cls look like the C type datetime.NAME: its module, its tp_name
    in error messages (gclab gives the class statement that tp_name, see
    src/lang/runtime/c-implemented.ts) and, unless gc, no GC tracking of its
    instances (the C types have no tp_traverse, so a cycle through a
    datetime's tzinfo is never collected). Done before any instance exists."""
    cls.__module__ = 'datetime'
    _TP_NAMES[cls] = 'datetime.' + cls.__name__
    if _without_gc is not None and not gc:
        _without_gc(cls)
    return cls


def _tp_name(obj):
    """tp_name of type(obj): `datetime.date` for the module's own types, the
    class name for a subclass, `int` for builtins."""
    t = type(obj)
    return _TP_NAMES.get(t, t.__name__)


def _as_int(value):
    """The "i" format of PyArg_ParseTuple: an int or an object with __index__."""
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


class _Missing:
    def __repr__(self):
        return '<missing>'


_MISSING = _Missing()


def _required(value, name, pos):
    if value is _MISSING:
        raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))
    return _as_int(value)


def _check_date_fields(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %i is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time_fields(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_utc_offset(name, offset):
    """What tzinfo.utcoffset()/dst() returned: None or a timedelta strictly
    inside a day (call_tzinfo_method)."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                         " and timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _round_half_away(x):
    """C's round(): to the nearest integer, halves away from zero."""
    whole = float(int(x))
    if abs(x - whole) >= 0.5:
        whole += 1.0 if x > 0 else -1.0
    return whole


def _divide_nearest(a, b):
    """a / b rounded to the nearest integer, halves to even (divide_nearest)."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


def _format_offset(off, sep=':'):
    """+HH:MM[:SS[.ffffff]] of a utcoffset, or '' for None."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        text += '%s%02d' % (sep, ss)
        if off.microseconds:
            text += '.%06d' % off.microseconds
    return text


def _format_time(hh, mm, ss, us, timespec='auto'):
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument 'timespec' must be str, not %s" % type(timespec).__name__)
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


# ---- timedelta ----------------------------------------------------------------

def _delta(days, seconds, microseconds):
    """A timedelta (the base type) from normalized fields."""
    self = object.__new__(timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    return self


def _delta_from_us(us, cls=None):
    """microseconds_to_delta_ex: days, seconds and microseconds of a total,
    with the C int and the +-999999999 days limits."""
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -_C_INT_MAX - 1 <= d <= _C_INT_MAX:
        raise OverflowError("Python int too large to convert to C int")
    if not -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (d, _MAX_DELTA_DAYS))
    if cls is None or cls is timedelta:
        return _delta(d, s, us)
    return cls(d, s, us)


_DELTA_FACTORS = (('microseconds', 1), ('milliseconds', 1000),
                  ('seconds', 1000000), ('minutes', 60000000),
                  ('hours', 3600000000), ('days', 86400000000),
                  ('weeks', 604800000000))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0,
                milliseconds=0, minutes=0, hours=0, weeks=0):
        # delta_new: integers are summed exactly in microseconds; a float's
        # integral part is exact too, its fraction goes through one double
        # multiplication, and the fractions left over are rounded once at
        # the end (halves to even).
        values = (microseconds, milliseconds, seconds, minutes, hours, days, weeks)
        total = 0
        leftover = 0.0
        for (tag, factor), num in zip(_DELTA_FACTORS, values):
            if isinstance(num, int):
                total += num * factor
            elif isinstance(num, float):
                whole = int(num)
                total += whole * factor
                frac = num - float(whole)
                if frac == 0.0:
                    continue
                scaled = float(factor) * frac
                whole = int(scaled)
                total += whole
                leftover += scaled - float(whole)
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (tag, type(num).__name__))
        if leftover:
            rounded = _round_half_away(leftover)
            if abs(rounded - leftover) == 0.5:
                odd = total & 1
                rounded = 2.0 * _round_half_away((leftover + odd) * 0.5) - odd
            total += int(rounded)
        s, us = divmod(total, 1000000)
        d, s = divmod(s, 86400)
        # microseconds_to_delta_ex: the days become a C int first (_PyLong_AsInt).
        if not -_C_INT_MAX - 1 <= d <= _C_INT_MAX:
            raise OverflowError("Python int too large to convert to C int")
        if not -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d" % (d, _MAX_DELTA_DAYS))
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        return self

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_tp_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            text = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + text
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._to_us())

    def __pos__(self):
        return _delta(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return -self
        return +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._to_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('division by zero')
            return self._to_us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(_divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(_divide_nearest(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return _delta_from_us(self._to_us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_us(), d)
            return q, _delta_from_us(r)
        return NotImplemented

    def _cmp_key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() != other._cmp_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        # delta_hash: the hash of the (days, seconds, microseconds) state.
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_c_type(timedelta)
timedelta.min = _delta(-_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _delta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _delta(0, 0, 1)


# ---- strftime -------------------------------------------------------------------

def _strftime(fmt, y, mo, d, hh, mi, ss, us, off, tzname):
    """glibc's strftime in the C locale, with Python's %f, %z and %Z
    (wrap_strftime): the fields of a date, time or datetime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    ordinal = _ymd2ord(y, mo, d)
    wday = (ordinal + 6) % 7            # Monday is 0
    yday = ordinal - _ymd2ord(y, 1, 1)  # 0-based
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            out.append(ch)
            continue
        if i >= n:
            out.append('%')
            break
        pad = True
        c = fmt[i]
        i += 1
        if c == '-' and i < n:
            pad = False
            c = fmt[i]
            i += 1

        def num(v, width, fill='0'):
            if not pad:
                return str(v)
            return str(v).rjust(width, fill)

        if c == 'Y':
            out.append(str(y))
        elif c == 'm':
            out.append(num(mo, 2))
        elif c == 'd':
            out.append(num(d, 2))
        elif c == 'e':
            out.append(num(d, 2, ' '))
        elif c == 'H':
            out.append(num(hh, 2))
        elif c == 'k':
            out.append(num(hh, 2, ' '))
        elif c == 'I':
            out.append(num(hh % 12 or 12, 2))
        elif c == 'l':
            out.append(num(hh % 12 or 12, 2, ' '))
        elif c == 'M':
            out.append(num(mi, 2))
        elif c == 'S':
            out.append(num(ss, 2))
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'y':
            out.append(num(y % 100, 2))
        elif c == 'C':
            out.append(str(y // 100))
        elif c == 'j':
            out.append(num(yday + 1, 3))
        elif c == 'a':
            out.append(_DAY_NAMES[wday][:3])
        elif c == 'A':
            out.append(_DAY_NAMES[wday])
        elif c == 'w':
            out.append(str((wday + 1) % 7))
        elif c == 'u':
            out.append(str(wday + 1))
        elif c in 'bh':
            out.append(_MONTH_NAMES[mo][:3])
        elif c == 'B':
            out.append(_MONTH_NAMES[mo])
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'U':
            out.append(num((yday + 7 - (wday + 1) % 7) // 7, 2))
        elif c == 'W':
            out.append(num((yday + 7 - wday) // 7, 2))
        elif c in 'GgV':
            iy, iw, _ = _isocalendar(y, mo, d)
            if c == 'G':
                out.append(str(iy))
            elif c == 'g':
                out.append(num(iy % 100, 2))
            else:
                out.append(num(iw, 2))
        elif c == 'z':
            out.append(_format_offset(off, ''))
        elif c == 'Z':
            out.append(tzname or '')
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (
                _DAY_NAMES[wday][:3], _MONTH_NAMES[mo][:3], d, hh, mi, ss, y))
        elif c in 'xD':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c in 'XT':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif c == 'R':
            out.append('%02d:%02d' % (hh, mi))
        elif c == 'r':
            out.append('%02d:%02d:%02d %s' % (hh % 12 or 12, mi, ss, 'AM' if hh < 12 else 'PM'))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + ('' if pad else '-') + c)
    return ''.join(out)


def _isocalendar(year, month, day):
    ordinal = _ymd2ord(year, month, day)
    week1 = _iso_week1_monday(year)
    week, wd = divmod(ordinal - week1, 7)
    if week < 0:
        year -= 1
        week1 = _iso_week1_monday(year)
        week, wd = divmod(ordinal - week1, 7)
    elif week >= 52 and ordinal >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, wd + 1


# ---- ISO 8601 parsing (after the C module's parse_isoformat_*) -------------------

class _IsoError(ValueError):
    pass


def _iso_int(text):
    if len(text) == 0 or not all(c in '0123456789' for c in text):
        raise _IsoError
    return int(text)


def _iso_date_end(s):
    """Where the date part of an ISO datetime string ends (the separator)."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] == 'W':
            if n < 8:
                raise _IsoError
            if n > 8 and s[8] == '-':
                if n == 9:
                    raise _IsoError
                if n > 10 and s[10] in '0123456789':
                    return 8
                return 10
            return 8
        return 10
    if s[4] == 'W':
        i = 7
        while i < n and s[i] in '0123456789':
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_date(s):
    if len(s) not in (7, 8, 10):
        raise _IsoError
    year = _iso_int(s[0:4])
    dashed = s[4] == '-'
    pos = 4 + dashed
    if s[pos:pos + 1] == 'W':
        pos += 1
        week = _iso_int(s[pos:pos + 2])
        pos += 2
        day = 1
        if len(s) > pos:
            if (s[pos:pos + 1] == '-') != dashed:
                raise _IsoError
            pos += dashed
            day = _iso_int(s[pos:pos + 1])
            if pos + 1 != len(s):
                raise _IsoError
        elif pos != len(s):
            raise _IsoError
        return list(_isoweek_to_gregorian(year, week, day))
    month = _iso_int(s[pos:pos + 2])
    pos += 2
    if (s[pos:pos + 1] == '-') != dashed:
        raise _IsoError
    pos += dashed
    day = _iso_int(s[pos:pos + 2])
    if pos + 2 != len(s):
        raise _IsoError
    return [year, month, day]


def _parse_hh_mm_ss_ff(s):
    n = len(s)
    comps = [0, 0, 0, 0]
    pos = 0
    colons = False
    for k in range(3):
        if n - pos < 2:
            raise _IsoError
        comps[k] = _iso_int(s[pos:pos + 2])
        pos += 2
        nxt = s[pos:pos + 1]
        if k == 0:
            colons = nxt == ':'
        if not nxt or k >= 2:
            break
        if colons and nxt != ':':
            raise _IsoError
        pos += colons
    if pos < n:
        if s[pos] not in '.,':
            raise _IsoError
        pos += 1
        rest = n - pos
        take = min(rest, 6)
        if take == 0:
            raise _IsoError
        comps[3] = _iso_int(s[pos:pos + take]) * 10 ** (6 - take)
        if rest > take and not all(c in '0123456789' for c in s[pos + take:]):
            raise _IsoError
    return comps


def _parse_iso_time(s):
    if len(s) < 2:
        raise _IsoError
    tz_pos = (s.find('-') + 1 or s.find('+') + 1 or s.find('Z') + 1)
    comps = _parse_hh_mm_ss_ff(s[:tz_pos - 1] if tz_pos > 0 else s)
    tz = None
    if tz_pos == len(s) and s[-1] == 'Z':
        tz = timezone.utc
    elif tz_pos > 0:
        tzs = s[tz_pos:]
        if len(tzs) in (0, 1, 3):
            raise _IsoError
        tc = _parse_hh_mm_ss_ff(tzs)
        if not any(tc):
            tz = timezone.utc
        else:
            sign = -1 if s[tz_pos - 1] == '-' else 1
            tz = timezone(sign * timedelta(hours=tc[0], minutes=tc[1],
                                           seconds=tc[2], microseconds=tc[3]))
    comps.append(tz)
    return comps


# ---- tzinfo ------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        "datetime -> DST offset as timedelta positive east of UTC."
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        # tzinfo_fromutc: the standard offset moves UTC to local standard
        # time, then the DST offset of that local time is added.
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (self.__class__, args, getattr(self, '__dict__', None) or None)


_c_type(tzinfo)


# ---- date -------------------------------------------------------------------------

class _IsoCalendarDate(tuple):
    """The (year, week, weekday) that isocalendar() returns."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)'
                % (_tp_name(self), self[0], self[1], self[2]))


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if (month is _MISSING and day is _MISSING and isinstance(year, bytes)
                and len(year) == 4 and 1 <= year[2] <= 12):
            # date_new: called by pickle with the 4-byte state.
            self = object.__new__(cls)
            self._year = year[0] * 256 + year[1]
            self._month = year[2]
            self._day = year[3]
            return self
        year = _required(year, 'year', 1)
        month = _required(month, 'month', 2)
        day = _required(day, 'day', 3)
        _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    @classmethod
    def fromtimestamp(cls, t):
        "Construct a date from a POSIX timestamp (like time.time())."
        y, m, d, _, _, _, _ = _timestamp_fields(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        "Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        "int -> date corresponding to a proleptic Gregorian ordinal."
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        "str -> Construct a date from a string in ISO 8601 format."
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            fields = _parse_iso_date(date_string)
        except _IsoError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        "int, int, int -> Construct a date from the ISO year, week number and weekday."
        return cls(*_isoweek_to_gregorian(_as_int(year), _as_int(week), _as_int(day)))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tp_name(self), self._year, self._month, self._day)

    def isoformat(self, *args, **kwargs):
        "Return string in ISO 8601 format, YYYY-MM-DD."
        if args or kwargs:
            raise TypeError("date.isoformat() takes no arguments (%d given)" % (len(args) + len(kwargs)))
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        "Return ctime() style string."
        return _strftime('%c', self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def strftime(self, format):
        "format -> strftime() style string."
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."
        return _ymd2ord(self._year, self._month, self._day)

    def timetuple(self):
        "Return time tuple, compatible with time.localtime()."
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def weekday(self):
        "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6"
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7"
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        "Return a named tuple containing ISO year, week number, and weekday."
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        "Return date with new specified fields."
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    # date_richcompare: a date compares only with a date that is not a datetime.
    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        return hash(self._date_key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self)(*_ord2ymd(o))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() - other.days
            if 0 < o <= _MAXORDINAL:
                return type(self)(*_ord2ymd(o))
            raise OverflowError("date value out of range")
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta(self.toordinal() - other.toordinal(), 0, 0)
        return NotImplemented

    def __reduce__(self):
        # date_reduce: (type, (state,)), the state 4 bytes: year (2), month, day.
        return (type(self), (bytes([self._year >> 8, self._year & 255, self._month, self._day]),))


_c_type(date)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = _delta(1, 0, 0)


def _timestamp_fields(t, utc=True):
    """(y, m, d, hh, mm, ss, us) of a POSIX timestamp, microseconds rounded
    half to even (_PyTime_ObjectToTimeval); local time is UTC in gclab."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (float('inf'), float('-inf')):
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(t)
        us = round((t - float(whole)) * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1
        elif us < 0:
            us += 1000000
            whole -= 1
    elif isinstance(t, int):
        whole, us = int(t), 0
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    days, secs = divmod(whole, 86400)
    ordinal = days + 719163     # date(1970, 1, 1).toordinal()
    if not 1 <= ordinal <= _MAXORDINAL or abs(whole) > 2**63 - 1:
        if abs(whole) > 67767976233316800:
            raise OverflowError("timestamp out of range for platform time_t")
        raise ValueError("year %d is out of range" % (_ord2ymd(ordinal)[0] if ordinal >= 1 else 0))
    y, m, d = _ord2ymd(ordinal)
    hh, rem = divmod(secs, 3600)
    mi, ss = divmod(rem, 60)
    return y, m, d, hh, mi, ss, us


# ---- time ----------------------------------------------------------------------

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(hour, bytes) and len(hour) == 6 and (hour[0] & 0x7f) < 24
                and (minute == 0 or minute is None or isinstance(minute, _tzinfo_class))
                and second == 0 and microsecond == 0 and tzinfo is None):
            # time_new: called by pickle with the 6-byte state (and a tzinfo).
            return _time_from_state(cls, hour, minute if minute != 0 else None)
        hour, minute, second, microsecond, fold = (
            _as_int(hour), _as_int(minute), _as_int(second), _as_int(microsecond), _as_int(fold))
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        "Return self.tzinfo.utcoffset(self)."
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        "Return self.tzinfo.dst(self)."
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        "Return self.tzinfo.tzname(self)."
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        text = '%s(%s)' % (_tp_name(self), text)
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ', fold=1)'
        return text

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        "format -> strftime() style string."
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    @classmethod
    def fromisoformat(cls, time_string):
        "string -> time from a string in ISO 8601 format"
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            fields = _parse_iso_time(s)
        except _IsoError:
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
        return cls(*fields)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        "Return time with new specified fields."
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _local_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _compare(self, other, op):
        """time_richcompare: -1/0/1, or None when only == and != have an answer."""
        if self._tzinfo is other._tzinfo:
            a, b = self._local_us(), other._local_us()
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                if op in ('==', '!='):
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            a, b = self._local_us(), other._local_us()
            if off1 is not None and off1 != off2:
                a -= off1._to_us()
                b -= off2._to_us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        c = self._compare(other, '==')
        return c == 0

    def __ne__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        c = self._compare(other, '!=')
        return c != 0

    def __lt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._compare(other, '<') < 0

    def __le__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._compare(other, '<=') <= 0

    def __gt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._compare(other, '>') > 0

    def __ge__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._compare(other, '>=') >= 0

    def __hash__(self):
        t = self.replace(fold=0) if self._fold else self
        off = t.utcoffset()
        if off is None:
            return hash((t._hour, t._minute, t._second, t._microsecond))
        return hash(_delta_from_us(t._local_us() - off._to_us()))

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        # time_reduce_ex: (type, (state,) or (state, tzinfo)), the state 6
        # bytes: hour (its top bit the fold, from protocol 4), minute,
        # second, microsecond (3).
        us = self._microsecond
        hour = self._hour | (128 if self._fold and protocol > 3 else 0)
        state = bytes([hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255])
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_c_type(time)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = _delta(0, 0, 1)


# ---- datetime ------------------------------------------------------------------

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0,
                second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(year, bytes) and len(year) == 10 and 1 <= (year[2] & 0x7f) <= 12
                and (month is _MISSING or month is None or isinstance(month, _tzinfo_class))
                and day is _MISSING):
            # datetime_new: called by pickle with the 10-byte state (and a tzinfo).
            return _datetime_from_state(cls, year, None if month is _MISSING else month)
        year = _required(year, 'year', 1)
        month = _required(month, 'month', 2)
        day = _required(day, 'day', 3)
        hour, minute, second, microsecond, fold = (
            _as_int(hour), _as_int(minute), _as_int(second), _as_int(microsecond), _as_int(fold))
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        "timestamp[, tz] -> tz's local time from POSIX timestamp."
        _check_tzinfo_arg(tz)
        y, m, d, hh, mi, ss, us = _timestamp_fields(t)
        result = cls(y, m, d, hh, mi, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        "Construct a naive UTC datetime from a POSIX timestamp."
        y, m, d, hh, mi, ss, us = _timestamp_fields(t)
        return cls(y, m, d, hh, mi, ss, us)

    @classmethod
    def now(cls, tz=None):
        "Returns new datetime object representing current time local to tz."
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        "Return a new datetime representing UTC day and time."
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        "date, time -> datetime with same date and time fields"
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        "string -> datetime from a string in most ISO 8601 formats"
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) < 7:
                raise _IsoError
            end = _iso_date_end(date_string)
            fields = _parse_iso_date(date_string[:end])
            rest = date_string[end + 1:]
            if end + 1 == len(date_string) and end < len(date_string):
                raise _IsoError
            fields += _parse_iso_time(rest) if rest else [0, 0, 0, 0, None]
        except _IsoError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        "string, format -> new datetime parsed from a string (like time.strptime())."
        # datetime_strptime: PyArg_ParseTuple "UU:strptime", then CPython's
        # Lib/_strptime.py does the parsing (its frames show in tracebacks).
        for n, value in ((1, date_string), (2, format)):
            if not isinstance(value, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (n, type(value).__name__))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def date(self):
        "Return date object with same year, month and day."
        return _date_class(self._year, self._month, self._day)

    def time(self):
        "Return time object with same time but with tzinfo=None."
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        "Return time object with same time and tzinfo."
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        "Return self.tzinfo.utcoffset(self)."
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        "Return self.tzinfo.dst(self)."
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        "Return self.tzinfo.tzname(self)."
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
            if fields[-1] == 0:
                del fields[-1]
        text = '%s(%s)' % (_tp_name(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ', fold=1)'
        return text

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode character, not str")
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        "Return ctime() style string."
        return _strftime('%c', self._year, self._month, self._day, self._hour,
                         self._minute, self._second, 0, None, None)

    def strftime(self, format):
        "format -> strftime() style string."
        return _strftime(format, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond,
                         self.utcoffset(), self.tzname())

    def timetuple(self):
        "Return time tuple, compatible with time.localtime()."
        dst = self.dst()
        if dst is None:
            dstflag = -1
        elif dst:
            dstflag = 1
        else:
            dstflag = 0
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, dstflag)

    def utctimetuple(self):
        "Return UTC time tuple, compatible with time.localtime()."
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, 0)

    def timestamp(self):
        "Return POSIX timestamp as float"
        if self._tzinfo is None:
            return (self - _EPOCH_NAIVE).total_seconds()
        return (self - _EPOCH).total_seconds()

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        "Return datetime with new specified fields."
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        "tz -> convert to local time in new timezone tz"
        if tz is None:
            tz = _LOCAL
        else:
            _check_tzinfo_arg(tz)
        mytz = self._tzinfo
        if mytz is None:
            offset = _LOCAL.utcoffset(self)
        else:
            if tz is mytz:
                return self
            offset = self.utcoffset()
            if offset is None:
                offset = _LOCAL.utcoffset(self)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _local_us(self):
        return (self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def _flip_offset(self):
        return self.replace(fold=not self._fold).utcoffset()

    def _compare(self, other, op):
        """datetime_richcompare as -1/0/1, or None for a naive/aware == or !=."""
        if self._tzinfo is other._tzinfo:
            a, b = self._local_us(), other._local_us()
            return (a > b) - (a < b)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 is None and off2 is None or (off1 is not None and off1 == off2):
            a, b = self._local_us(), other._local_us()
        elif off1 is not None and off2 is not None:
            a = self._local_us() - off1._to_us()
            b = other._local_us() - off2._to_us()
        else:
            if op in ('==', '!='):
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = (a > b) - (a < b)
        if diff == 0 and op in ('==', '!=') and off1 is not None:
            # PEP 495: an inter-zone comparison of a time whose offset
            # depends on fold is never equal.
            if self._flip_offset() != off1 or other._flip_offset() != off2:
                diff = 1
        return diff

    def _other_kind(self, other, op):
        """What datetime_richcompare does with a non-datetime."""
        if isinstance(other, _date_class):
            if op == '==':
                return False
            if op == '!=':
                return True
            raise TypeError("can't compare %s to %s" % (_tp_name(self), _tp_name(other)))
        return NotImplemented

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return self._other_kind(other, '==')
        return self._compare(other, '==') == 0

    def __ne__(self, other):
        if not isinstance(other, datetime):
            return self._other_kind(other, '!=')
        return self._compare(other, '!=') != 0

    def __lt__(self, other):
        if not isinstance(other, datetime):
            return self._other_kind(other, '<')
        return self._compare(other, '<') < 0

    def __le__(self, other):
        if not isinstance(other, datetime):
            return self._other_kind(other, '<=')
        return self._compare(other, '<=') <= 0

    def __gt__(self, other):
        if not isinstance(other, datetime):
            return self._other_kind(other, '>')
        return self._compare(other, '>') > 0

    def __ge__(self, other):
        if not isinstance(other, datetime):
            return self._other_kind(other, '>=')
        return self._compare(other, '>=') >= 0

    def __hash__(self):
        t = self.replace(fold=0) if self._fold else self
        off = t.utcoffset()
        us = t._local_us()
        if off is not None:
            us -= off._to_us()
        d, rest = divmod(us, 86400000000)
        s, us = divmod(rest, 1000000)
        return hash((d, s, us))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._local_us() + other._to_us()
        days, rest = divmod(us, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, micro = divmod(rest, 1000000)
        hh, rem = divmod(secs, 3600)
        mi, ss = divmod(rem, 60)
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mi, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            if isinstance(other, _date_class):
                return NotImplemented
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            off1 = off2 = None
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        result = _delta_from_us(self._local_us() - other._local_us())
        if off1 is not None and off1 != off2:
            result -= off1 - off2
        return result

    def __reduce_ex__(self, protocol):
        # datetime_reduce_ex: (type, (state,) or (state, tzinfo)), the
        # state 10 bytes: year (2), month (its top bit the fold, from
        # protocol 4), day, hour, minute, second, microsecond (3).
        us = self._microsecond
        month = self._month | (128 if self._fold and protocol > 3 else 0)
        state = bytes([self._year >> 8, self._year & 255, month, self._day, self._hour,
                       self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255])
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_c_type(datetime)
_date_class = date
_time_class = time
_tzinfo_class = tzinfo


def _time_from_state(cls, state, tz):
    # time_from_pickle: the 6-byte state of time.__reduce_ex__ (the fold in
    # the hour's top bit).
    self = object.__new__(cls)
    self._hour = state[0] & 0x7f
    self._minute = state[1]
    self._second = state[2]
    self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
    self._tzinfo = tz
    self._fold = 1 if state[0] & 0x80 else 0
    return self


def _datetime_from_state(cls, state, tz):
    # datetime_from_pickle: the 10-byte state of datetime.__reduce_ex__ (the
    # fold in the month's top bit).
    self = object.__new__(cls)
    self._year = state[0] * 256 + state[1]
    self._month = state[2] & 0x7f
    self._day = state[3]
    self._hour = state[4]
    self._minute = state[5]
    self._second = state[6]
    self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
    self._tzinfo = tz
    self._fold = 1 if state[2] & 0x80 else 0
    return self

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = _delta(0, 0, 1)


# ---- timezone ------------------------------------------------------------------

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __init_subclass__(cls, **kwargs):
        # The C type lacks Py_TPFLAGS_BASETYPE.
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is _MISSING:
            name = None
            if not offset:
                return cls.utc
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                             " and timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tp_name(self), self._offset)
        return '%s(%r, %r)' % (_tp_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        "If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        "If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."
        self._check_dt(dt, 'tzname')
        if self._name is None:
            if not self._offset:
                return 'UTC'
            return 'UTC' + _format_offset(self._offset)
        return self._name

    def dst(self, dt):
        "Return None."
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


_c_type(timezone)
timezone.utc = timezone._create(_delta(0, 0, 0))
timezone.min = timezone._create(_delta(-1, 60, 0))
timezone.max = timezone._create(_delta(0, 86340, 0))
UTC = timezone.utc

# Local time is UTC in gclab (astimezone() without an argument names it so).
_LOCAL = timezone._create(_delta(0, 0, 0), 'UTC')
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'
_c_type(_IsoCalendarDate, gc=True)
