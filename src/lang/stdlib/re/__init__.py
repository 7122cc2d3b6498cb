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

from ._parser import error, _gclab_parse, is_bytes, FLAGS, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, \
    SRE_FLAG_MULTILINE, SRE_FLAG_DOTALL, SRE_FLAG_UNICODE, SRE_FLAG_VERBOSE, \
    SRE_FLAG_ASCII, SRE_FLAG_DEBUG, SRE_FLAG_TEMPLATE
from ._compiler import compile_program
from . import _compiler
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


# CPython 3.11's re/__init__.py: the flags are a global IntFlag with
# boundary KEEP (members print as re.IGNORECASE, combinations as
# re.IGNORECASE|re.MULTILINE, unnamed bits in hex), and global_enum puts
# each member in this module's namespace (re.I, re.IGNORECASE, ...).
# (A class statement where CPython has @_enum._simple_enum(_enum.IntFlag,
# boundary=_enum.KEEP) over a plain class: the class it discards is cyclic
# garbage, which CPython's start-up collects before a program runs.)
@_enum.global_enum
class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    NOFLAG = 0
    ASCII = A = SRE_FLAG_ASCII # assume ascii "locale"
    IGNORECASE = I = SRE_FLAG_IGNORECASE # ignore case
    LOCALE = L = SRE_FLAG_LOCALE # assume current 8-bit locale
    UNICODE = U = SRE_FLAG_UNICODE # assume unicode "locale"
    MULTILINE = M = SRE_FLAG_MULTILINE # make anchors look for newline
    DOTALL = S = SRE_FLAG_DOTALL # make dot match newline
    VERBOSE = X = SRE_FLAG_VERBOSE # ignore whitespace and comments
    # sre extensions (experimental, don't rely on these)
    TEMPLATE = T = SRE_FLAG_TEMPLATE # unknown purpose, deprecated
    DEBUG = SRE_FLAG_DEBUG # dump pattern after compilation
    __str__ = object.__str__
    _numeric_repr_ = hex

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
    refused = None
    try:
        tree, group_count, group_index, final_flags = _gclab_parse(pattern, flags)
    except error as exc:
        refused = exc
    if refused is None:
        program = compile_program(tree)
        p = Pattern._new(pattern, final_flags, program, group_count, group_index)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
        return p
    # A bad pattern: CPython's parser raises its re.error, with the
    # traceback python3 prints (re/_compiler.py, re/_parser.py frames).
    p = _compiler.compile(pattern, flags)
    raise refused


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
