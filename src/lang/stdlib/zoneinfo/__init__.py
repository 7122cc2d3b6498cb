"""zoneinfo for gclab: the UTC and fixed-offset zones only.

CPython's zoneinfo reads the IANA database from the host (TZPATH or the
tzdata package). gclab reads no host files, and simulates no database:
ZoneInfo knows the zones whose rules are one fixed offset -- 'UTC' and its
aliases ('Etc/UTC', 'UCT', 'Universal', 'Zulu', ...), 'GMT' and its
aliases ('Etc/GMT', 'GMT0', 'Greenwich', ...) and 'Etc/GMT+N'/'Etc/GMT-N'
(N hours west/east, named '-05', '+14', ...) -- with python3's offsets and
names. Any other key ('Europe/Paris', 'America/New_York') raises
ZoneInfoNotFoundError('No time zone found with key ...'), as python3 does
on a host without that zone. Keys are checked as CPython's _tzpath checks
them (absolute or unnormalized paths: ValueError). Instances are cached by
key (ZoneInfo('UTC') is ZoneInfo('UTC')), pickle by key, and print as
zoneinfo.ZoneInfo(key='UTC').
"""

import os as _os
from datetime import timedelta as _timedelta, tzinfo as _tzinfo

__all__ = [
    "ZoneInfo",
    "reset_tzpath",
    "available_timezones",
    "TZPATH",
    "ZoneInfoNotFoundError",
    "InvalidTZPathWarning",
]


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


ZoneInfoNotFoundError.__module__ = 'zoneinfo._common'


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


InvalidTZPathWarning.__module__ = 'zoneinfo._tzpath'

TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(_os.path.isabs, to)):
            raise ValueError("TZPATH paths must be absolute")
        TZPATH = tuple(to)
    else:
        TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')


_UTC_KEYS = ('UTC', 'Etc/UTC', 'UCT', 'Etc/UCT', 'Universal', 'Etc/Universal', 'Zulu', 'Etc/Zulu')
_GMT_KEYS = ('GMT', 'Etc/GMT', 'GMT0', 'Etc/GMT0', 'GMT+0', 'GMT-0', 'Etc/GMT+0', 'Etc/GMT-0',
             'Greenwich', 'Etc/Greenwich')


def _fixed_zone(key):
    """(offset seconds, name) of a fixed-offset zone, or None."""
    if key in _UTC_KEYS:
        return 0, 'UTC'
    if key in _GMT_KEYS:
        return 0, 'GMT'
    if key.startswith('Etc/GMT') and len(key) > 8 and key[7] in '+-' and key[8:].isdigit() \
            and key[8:9] != '0' and key[8:].isascii():
        hours = int(key[8:])
        if (key[7] == '+' and hours <= 12) or (key[7] == '-' and hours <= 14):
            # POSIX's sign: Etc/GMT+5 is five hours west of Greenwich.
            sign = -1 if key[7] == '+' else 1
            return sign * hours * 3600, '%s%02d' % ('-' if sign < 0 else '+', hours)
    return None


def available_timezones():
    """The set of the keys ZoneInfo knows here (the fixed-offset zones)."""
    keys = set(_UTC_KEYS) | set(_GMT_KEYS)
    keys.update('Etc/GMT+%d' % h for h in range(1, 13))
    keys.update('Etc/GMT-%d' % h for h in range(1, 15))
    return keys


_TEST_PATH = _os.path.normpath(_os.path.join("_", "_"))[:-1]


def _validate_tzfile_path(path, _base=_TEST_PATH):
    if _os.path.isabs(path):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {path}")
    new_path = _os.path.normpath(path)
    if len(new_path) != len(path):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {path}")
    resolved = _os.path.normpath(_os.path.join(_base, new_path))
    if not resolved.startswith(_base):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {path}")


class ZoneInfo(_tzinfo):
    __slots__ = ('_key', '_offset', '_name', '__weakref__')

    _cache = {}

    def __new__(cls, key):
        instance = cls._cache.get(key)
        if instance is None:
            instance = cls._new_instance(key)
            cls._cache[key] = instance
        return instance

    @classmethod
    def no_cache(cls, key):
        return cls._new_instance(key)

    @classmethod
    def _new_instance(cls, key):
        _validate_tzfile_path(key)
        zone = _fixed_zone(key)
        if zone is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        self = _tzinfo.__new__(cls)
        self._key = key
        self._offset = _timedelta(seconds=zone[0])
        self._name = zone[1]
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        raise NotImplementedError("gclab: ZoneInfo.from_file is not supported "
                                  "(no TZif data is read)")

    @property
    def key(self):
        return self._key

    def _check(self, dt):
        if dt is not None and not hasattr(dt, 'tzinfo'):
            raise TypeError("utcoffset() argument must be a datetime instance or None")

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return _timedelta(0)

    def tzname(self, dt):
        return self._name

    def fromutc(self, dt):
        if not hasattr(dt, 'tzinfo') or not hasattr(dt, 'hour'):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __str__(self):
        return self._key

    def __repr__(self):
        return f"{type(self).__module__}.{type(self).__qualname__}(key={self._key!r})"

    def __reduce__(self):
        # CPython reduces to the classmethod ZoneInfo._unpickle; gclab cannot
        # pickle a bound method, so a module function stands for it.
        return (_unpickle, (self.__class__, self._key, 1))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)


ZoneInfo.__module__ = 'zoneinfo'


def _unpickle(cls, key, from_cache, /):
    return cls._unpickle(key, from_cache)
