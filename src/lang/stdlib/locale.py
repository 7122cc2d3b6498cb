"""locale for gclab: the C locale only.

A gclab run is deterministic, so it has no host locale: setlocale() knows
'C', 'POSIX' and 'C.UTF-8' (and '' picks LC_ALL, the category's variable
or LANG from the environment when it names one of those); any other name
is locale.Error('unsupported locale setting'), as python3 answers for a
locale the system does not have. localeconv() gives the C locale's
conventions, getpreferredencoding()/getencoding() 'UTF-8'; format_string,
str, atof and atoi use the C locale's '.' and no grouping.
"""

import os as _os

_builtin_str = str     # the module defines its own str()

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_ENV_NAMES = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC', LC_TIME: 'LC_TIME',
              LC_COLLATE: 'LC_COLLATE', LC_MONETARY: 'LC_MONETARY',
              LC_MESSAGES: 'LC_MESSAGES'}

_KNOWN = ('C', 'POSIX', 'C.UTF-8', 'C.utf8')


class Error(Exception):
    pass


Error.__module__ = 'locale'

# What python3 starts with: LC_CTYPE from the environment (Python sets it
# at start-up), the other categories 'C'.
_current = {cat: 'C' for cat in _ENV_NAMES}


def _from_environment(category):
    for name in ('LC_ALL', _ENV_NAMES.get(category, 'LC_ALL'), 'LANG'):
        value = _os.environ.get(name)
        if value:
            return value
    return 'C'


if _from_environment(LC_CTYPE) in _KNOWN:
    _current[LC_CTYPE] = _from_environment(LC_CTYPE)


def setlocale(category, locale=None):
    """Set the locale for the given category (None: return the current
    one). Only the C locales exist here."""
    if category not in _current and category != LC_ALL:
        raise Error('invalid locale category')
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        if category == LC_ALL:
            values = set(_current.values())
            if len(values) == 1:
                return values.pop()
            return ';'.join('%s=%s' % (_ENV_NAMES[c], _current[c])
                            for c in sorted(_current))
        return _current[category]
    name = locale if locale else _from_environment(category)
    if name not in _KNOWN:
        raise Error('unsupported locale setting')
    if category == LC_ALL:
        for cat in _current:
            _current[cat] = name
    else:
        _current[category] = name
    return name


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def normalize(localename):
    """The locale name as setlocale() knows it (C names unchanged)."""
    return localename


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's locale; (None, None) for C."""
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    if name in ('C', 'POSIX'):
        return None, None
    # C.UTF-8 is an alias of en_US.UTF-8 in Python's alias table.
    return 'en_US', 'UTF-8'


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    for variable in envvars:
        localename = _os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    if localename in ('C', 'POSIX'):
        return None, None
    return 'en_US', 'UTF-8'


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default (UTF-8 here)."""
    return 'UTF-8'


def getencoding():
    """The current locale encoding (UTF-8 here)."""
    return 'UTF-8'


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compare two strings (code point order in the C locale)."""
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    """f % val (the C locale has no grouping)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using "
                     "the 'C' locale.")


def str(val):
    """Convert float to string, taking the locale into account."""
    return '%.12g' % val


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(string)


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(string)
