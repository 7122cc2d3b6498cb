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
    "UNICODE", "NOFLAG",
]

__version__ = "2.2.1"

NOFLAG = 0
A = ASCII = SRE_FLAG_ASCII
I = IGNORECASE = SRE_FLAG_IGNORECASE
L = LOCALE = SRE_FLAG_LOCALE
U = UNICODE = SRE_FLAG_UNICODE
M = MULTILINE = SRE_FLAG_MULTILINE
S = DOTALL = SRE_FLAG_DOTALL
X = VERBOSE = SRE_FLAG_VERBOSE
T = TEMPLATE = SRE_FLAG_TEMPLATE
DEBUG = SRE_FLAG_DEBUG

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
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
    p = Pattern(pattern, final_flags, program, group_count, group_index)
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
