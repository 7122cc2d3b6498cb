"""re for gclab: regular expressions, written in Python.

The syntax is Python's (the `sre` dialect): literals and escapes, `.`,
character classes with ranges and \\d \\w \\s \\D \\W \\S, anchors ^ $ \\A \\Z
\\b \\B, groups (capturing, (?:...), (?P<name>...), (?P=name), \\1), (?=...)
(?!...) (?<=...) (?<!...) with fixed-width lookbehind, atomic groups (?>...),
alternation, and the greedy, lazy and possessive quantifiers * + ? {m,n}
(*? *+ ...); flags IGNORECASE, MULTILINE,
DOTALL, VERBOSE, ASCII, inline (?imsx) and scoped (?i:...). str and bytes
patterns. Matching backtracks like sre, so the leftmost match and the
groups it captures are CPython's; empty matches in sub/findall/split follow
Python 3.7+ rules.

Not provided: conditional groups (?(1)...), \\N{name}, the LOCALE flag,
and Pattern.scanner.
"""

from ._parser import error, parse, is_bytes, FLAGS, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, \
    SRE_FLAG_MULTILINE, SRE_FLAG_DOTALL, SRE_FLAG_UNICODE, SRE_FLAG_VERBOSE, \
    SRE_FLAG_ASCII, SRE_FLAG_DEBUG, SRE_FLAG_TEMPLATE
from ._compiler import compile_program
from ._matcher import Pattern, Match

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

import enum as _enum


class RegexFlag(_enum.IntFlag):
    """The flags as 3.11's re makes them (@global_enum over an IntFlag with
    boundary KEEP): members print as re.IGNORECASE, a combination as
    re.IGNORECASE|re.MULTILINE in definition order (unnamed bits in hex),
    str() and format() with an empty spec are the repr."""
    NOFLAG = 0
    ASCII = A = SRE_FLAG_ASCII
    IGNORECASE = I = SRE_FLAG_IGNORECASE
    LOCALE = L = SRE_FLAG_LOCALE
    UNICODE = U = SRE_FLAG_UNICODE
    MULTILINE = M = SRE_FLAG_MULTILINE
    DOTALL = S = SRE_FLAG_DOTALL
    VERBOSE = X = SRE_FLAG_VERBOSE
    TEMPLATE = T = SRE_FLAG_TEMPLATE
    DEBUG = SRE_FLAG_DEBUG

    def __repr__(self):
        value = self._value_
        if value == 0:
            return 're.NOFLAG'
        names = []
        rest = value
        for member in RegexFlag:
            if value & member._value_:
                names.append('re.' + member._name_)
                rest &= ~member._value_
        if not names:
            return 're.RegexFlag(%r)' % value
        if rest:
            names.append(hex(rest))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, format_spec):
        if not format_spec:
            return repr(self)
        return format(self._value_, format_spec)


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str) and not is_bytes(pattern):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    tree, group_count, group_index, final_flags = parse(pattern, flags)
    program = compile_program(tree)
    p = Pattern._new(pattern, final_flags, program, group_count, group_index)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | T)


_special_chars = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        out = []
        for ch in pattern:
            if ch in _special_chars:
                out.append('\\' + ch)
            else:
                out.append(ch)
        return ''.join(out)
    text = str(pattern, 'latin1')
    return escape(text).encode('latin1')
