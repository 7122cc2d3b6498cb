"""fnmatch for gclab: Unix shell-style wildcards (`*`, `?`, `[seq]`,
`[!seq]`) matched against file names, after CPython 3.11's Lib/fnmatch.py.

fnmatch() applies os.path.normcase to both sides (nothing on POSIX);
fnmatchcase() does not; filter() keeps the names of a list that match;
translate() gives the regular expression text CPython 3.11 gives (interior
`*`s become atomic groups `(?>.*?fixed)`, so a pattern with many stars
cannot backtrack exponentially). Compiled patterns are cached, 32768 of
them (functools.lru_cache, as CPython's).
"""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN, after os.path.normcase."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        text = str(pat, 'ISO-8859-1')
        regex = bytes(translate(text), 'ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    kept = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        # normcase on posix is NOP. Optimize it away from the loop.
        for name in names:
            if match(name):
                kept.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                kept.append(name)
    return kept


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    match = _compile_pattern(pat)
    return match(name) is not None


def _bracket(pat, start, end):
    """The regular expression of the set pat[start:end] (the text between
    `[` and `]`, a leading `!` included)."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Split at the hyphens that are not range ends, so that a range
        # "a-c" stays one piece and a lone hyphen is escaped.
        pieces = []
        first = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[first:k])
            first = k + 1
            k = k + 3
        tail = pat[first:end]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += '-'
        # Drop the empty ranges ("z-a"): invalid in a regular expression.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-')
                        for p in pieces)
    # The set operations of future regular expressions (&&, ~~, ||).
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'          # an empty set never matches
    if body == '!':
        return '.'             # a negated empty set matches anything
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return '[' + body + ']'


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    STAR = object()
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not STAR:
                tokens.append(STAR)
        elif c == '?':
            tokens.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append('\\[')
            else:
                tokens.append(_bracket(pat, i, j))
                i = j+1
        else:
            tokens.append(re.escape(c))

    # Fixed text before the first star stays as is; each interior
    # "STAR fixed" becomes a minimal match that cannot backtrack; a final
    # star is ".*".
    out = []
    i, n = 0, len(tokens)
    while i < n and tokens[i] is not STAR:
        out.append(tokens[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and tokens[i] is not STAR:
            fixed.append(tokens[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
