"""Helpers shared by gclab's unittest: the reprs that failure messages show.

The message texts follow CPython 3.11's Lib/unittest/util.py: a repr longer
than 80 characters is shortened around the common prefix of the two values
compared, so that 'x != y' messages stay readable.
"""

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ when the object's own fails."""
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    """'module.QualName' of a class, as test ids and descriptions print it."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _common_prefix(strings):
    first = min(strings)
    last = max(strings)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    """The reprs of args, shortened together when one is longer than 80 chars."""
    reprs = []
    for arg in args:
        reprs.append(safe_repr(arg))
    maxlen = 0
    for r in reprs:
        if len(r) > maxlen:
            maxlen = len(r)
    if maxlen <= _MAX_LENGTH:
        return tuple(reprs)
    prefix = _common_prefix(reprs)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    result = []
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        for r in reprs:
            result.append(prefix + r[prefixlen:])
        return tuple(result)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    for r in reprs:
        result.append(prefix + _shorten(r[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN))
    return tuple(result)


def _count_diff_all_purpose(actual, expected):
    """[(count in actual, count in expected, elem)] for unhashable elements.

    Compares with == only, in the order elements first appear in actual, then
    in expected (the order assertCountEqual reports them in).
    """
    s = list(actual)
    t = list(expected)
    m = len(s)
    n = len(t)
    NULL = object()
    result = []
    for i in range(m):
        elem = s[i]
        if elem is NULL:
            continue
        cnt_s = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        cnt_t = 0
        for j in range(n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i in range(n):
        elem = t[i]
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result


def _count_diff_hashable(actual, expected):
    """[(count in actual, count in expected, elem)] for hashable elements."""
    s = {}
    for elem in actual:
        s[elem] = s.get(elem, 0) + 1
    t = {}
    for elem in expected:
        t[elem] = t.get(elem, 0) + 1
    result = []
    for elem in s:
        cnt_s = s[elem]
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for elem in t:
        if elem not in s:
            result.append((0, t[elem], elem))
    return result
