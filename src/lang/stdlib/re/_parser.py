"""The pattern parser of gclab's re: Python regex syntax to a node tree.

Nodes are tuples; each node that depends on a flag carries it, so scoped
flags ((?i:...)) need nothing at match time:
    ('lit', ch, ignorecase)          ('any', dotall)   (ignorecase: False, 'a' or 'u', see _ic)
    ('class', items, negated, ignorecase, ascii)
        items: ('char', c) | ('range', lo, hi) | ('cat', 'd'|'D'|'w'|'W'|'s'|'S')
    ('at', 'bol'|'eol'|'start'|'end'|'wordb'|'nwordb', multiline, ascii)
    ('group', index or None, node)   ('alt', [node, ...])   ('seq', [node, ...])
    ('repeat', node, min, max or None, greedy)
    ('backref', index, ignorecase)   ('look', behind, negate, node, width)
    ('atomic', node)                 (?>...) and the possessive *+ ++ ?+ {m,n}+
    ('cond', group, yes, no or None) (?(group)yes|no)
Error messages and positions are sre_parse's.
"""

SRE_FLAG_TEMPLATE = 1
MAXGROUPS = 1073741823     # _sre.MAXGROUPS on a 64-bit build
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

FLAGS = {
    "i": SRE_FLAG_IGNORECASE,
    "L": SRE_FLAG_LOCALE,
    "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL,
    "x": SRE_FLAG_VERBOSE,
    "a": SRE_FLAG_ASCII,
    "t": SRE_FLAG_TEMPLATE,
    "u": SRE_FLAG_UNICODE,
}

_REPEAT_CHARS = "*+?{"
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"

_SIMPLE_ESCAPES = {
    "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\",
}


def is_bytes(value):
    """Is value a bytes or bytearray object? (By type name: the check must not
    need the names bytes/bytearray, which a gclab build may lack.)"""
    return type(value).__name__ in ('bytes', 'bytearray')


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the
    pattern where compilation failed), lineno and colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = '\n'.encode('latin-1')
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'


class _State(object):
    def __init__(self, text, original, flags, is_bytes):
        self.text = text
        self.original = original
        self.flags = flags
        self.is_bytes = is_bytes
        self.pos = 0
        self.groups = 1          # next group number
        self.groupdict = {}
        self.open_groups = []
        self.lookbehind_groups = None
        self.group_widths = {}   # closed group's number -> its fixed width or None
        self.grouprefpos = {}    # conditional's group number -> its position

    def error(self, msg, offset=0):
        return error(msg, self.original, self.pos - offset)

    def check_lookbehind_group(self, gid):
        """sre_parse's checklookbehindgroup: a lookbehind cannot refer to a
        group opened inside it (the error's position is after the reference)."""
        if self.lookbehind_groups is not None and gid >= self.lookbehind_groups:
            raise error('cannot refer to group defined in the same lookbehind subpattern',
                        self.original, self.pos)

    def peek(self):
        if self.pos < len(self.text):
            return self.text[self.pos]
        return None

    def at_end(self):
        return self.pos >= len(self.text)

    def skip_verbose(self):
        if not (self.flags & SRE_FLAG_VERBOSE):
            return
        text = self.text
        while self.pos < len(text):
            ch = text[self.pos]
            if ch in _WHITESPACE:
                self.pos += 1
            elif ch == '#':
                while self.pos < len(text) and text[self.pos] != '\n':
                    self.pos += 1
            else:
                break


def parse(pattern, flags=0):
    """(tree, number of groups, {name: index}, flags) of a pattern."""
    pattern_is_bytes = is_bytes(pattern)
    text = pattern.decode('latin-1') if pattern_is_bytes else pattern
    if pattern_is_bytes:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & SRE_FLAG_ASCII and flags & SRE_FLAG_LOCALE:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    else:
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & SRE_FLAG_ASCII and flags & SRE_FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    state = _State(text, pattern, flags, pattern_is_bytes)
    state.flags = _leading_global_flags(state)
    tree = _parse_alternation(state, state.flags, 0)
    if not state.at_end():
        if state.peek() == ')':
            raise error("unbalanced parenthesis", pattern, state.pos)
        raise state.error("internal error: pattern not fully parsed")
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error("invalid group reference %d" % g, pattern, state.grouprefpos[g])
    final_flags = state.flags
    if not pattern_is_bytes and not (final_flags & SRE_FLAG_ASCII):
        final_flags |= SRE_FLAG_UNICODE
    return tree, state.groups - 1, state.groupdict, final_flags


def _leading_global_flags(state):
    """(?imsx) at the very start sets flags for the whole pattern."""
    flags = state.flags
    text = state.text
    while text.startswith('(?', state.pos):
        j = state.pos + 2
        add = 0
        while j < len(text) and text[j] in FLAGS:
            add |= FLAGS[text[j]]
            j += 1
        if j < len(text) and text[j] == ')' and j > state.pos + 2:
            flags |= add
            state.pos = j + 1
            state.flags = flags
            state.skip_verbose()
        else:
            break
    return flags


def _ascii(state, flags):
    return state.is_bytes or bool(flags & SRE_FLAG_ASCII)


def _ic(state, flags):
    """The IGNORECASE mode of a literal or backreference: False, 'a' (ASCII
    letters only, as sre's ascii_tolower) or 'u' (unicode_tolower and the
    extra cases of re._casefix)."""
    if not flags & SRE_FLAG_IGNORECASE:
        return False
    return 'a' if _ascii(state, flags) else 'u'


def _parse_alternation(state, flags, depth):
    branches = [_parse_sequence(state, flags, depth)]
    while state.peek() == '|':
        state.pos += 1
        branches.append(_parse_sequence(state, flags, depth))
    if len(branches) == 1:
        return branches[0]
    return ('alt', branches)


def _parse_sequence(state, flags, depth):
    items = []
    text = state.text
    while True:
        state.skip_verbose()
        if state.at_end():
            break
        ch = text[state.pos]
        if ch == '|' or ch == ')':
            break
        start = state.pos
        if ch in _REPEAT_CHARS and (ch != '{' or _is_repeat_brace(text, state.pos)):
            raise error("nothing to repeat", state.original, state.pos)
        atom = _parse_atom(state, flags, depth)
        if atom is None:
            continue
        atom = _parse_quantifiers(state, atom, start)
        items.append(atom)
    if len(items) == 1:
        return items[0]
    return ('seq', items)


def _is_repeat_brace(text, pos):
    """Is text[pos] ('{') the start of a {m}, {m,}, {,n} or {m,n} repeat?"""
    j = pos + 1
    lo_start = j
    while j < len(text) and text[j] in _DIGITS:
        j += 1
    lo = text[lo_start:j]
    if j < len(text) and text[j] == '}':
        return bool(lo)
    if j >= len(text) or text[j] != ',':
        return False
    j += 1
    while j < len(text) and text[j] in _DIGITS:
        j += 1
    return j < len(text) and text[j] == '}'


def _parse_quantifiers(state, atom, start):
    text = state.text
    quantified = False
    while True:
        state.skip_verbose()
        if state.at_end():
            return atom
        ch = text[state.pos]
        if ch == '{' and not _is_repeat_brace(text, state.pos):
            return atom
        if ch not in _REPEAT_CHARS:
            return atom
        here = state.pos
        if quantified:
            raise error("multiple repeat", state.original, here)
        if atom[0] == 'at':
            raise error("nothing to repeat", state.original, here)
        if ch == '*':
            lo, hi = 0, None
            state.pos += 1
        elif ch == '+':
            lo, hi = 1, None
            state.pos += 1
        elif ch == '?':
            lo, hi = 0, 1
            state.pos += 1
        else:
            state.pos += 1
            j = state.pos
            while text[j] in _DIGITS:
                j += 1
            lo_text = text[state.pos:j]
            if text[j] == '}':
                hi_text = lo_text
                state.pos = j + 1
            else:
                k = j + 1
                while text[k] in _DIGITS:
                    k += 1
                hi_text = text[j + 1:k]
                state.pos = k + 1
            lo = int(lo_text) if lo_text else 0
            hi = int(hi_text) if hi_text else None
            if hi is not None and hi < lo:
                raise error("min repeat greater than max repeat", state.original, here + 1)
        greedy = True
        possessive = False
        if state.peek() == '?':
            greedy = False
            state.pos += 1
        elif state.peek() == '+':
            possessive = True
            state.pos += 1
        atom = ('repeat', atom, lo, hi, greedy)
        if possessive:
            atom = ('atomic', atom)
        quantified = True


def _parse_atom(state, flags, depth):
    text = state.text
    ch = text[state.pos]
    ic = _ic(state, flags)
    if ch == '.':
        state.pos += 1
        return ('any', bool(flags & SRE_FLAG_DOTALL))
    if ch == '^':
        state.pos += 1
        return ('at', 'bol', bool(flags & SRE_FLAG_MULTILINE), False)
    if ch == '$':
        state.pos += 1
        return ('at', 'eol', bool(flags & SRE_FLAG_MULTILINE), False)
    if ch == '[':
        return _parse_class(state, flags)
    if ch == '(':
        return _parse_group(state, flags, depth)
    if ch == '\\':
        return _parse_escape(state, flags)
    state.pos += 1
    return ('lit', ch, ic)


def _parse_group_name(state, terminator):
    text = state.text
    start = state.pos
    end = text.find(terminator, start)
    if end < 0:
        if state.at_end():
            raise error("missing group name", state.original, start)
        raise error("missing %s, unterminated name" % terminator, state.original, start)
    name = text[start:end]
    if not name:
        raise error("missing group name", state.original, start)
    if not name.isidentifier():
        raise error("bad character in group name %r" % name, state.original, start)
    state.pos = end + 1
    return name


def _parse_group(state, flags, depth):
    text = state.text
    open_pos = state.pos
    state.pos += 1
    index = None
    behind = None
    negate = False
    look = False
    atomic = False
    inner_flags = flags
    if text.startswith('?', state.pos):
        state.pos += 1
        if state.at_end():
            raise error("unexpected end of pattern", state.original, state.pos)
        ch = text[state.pos]
        if ch == 'P':
            state.pos += 1
            kind = state.peek()
            if kind == '<':
                state.pos += 1
                name_pos = state.pos
                name = _parse_group_name(state, '>')
                index = state.groups
                if name in state.groupdict:
                    raise error("redefinition of group name %r as group %d; was group %d"
                                % (name, index, state.groupdict[name]), state.original, name_pos)
                state.groupdict[name] = index
            elif kind == '=':
                state.pos += 1
                name_pos = state.pos
                name = _parse_group_name(state, ')')
                if name not in state.groupdict:
                    raise error("unknown group name %r" % name, state.original, name_pos)
                gid = state.groupdict[name]
                if gid in state.open_groups:
                    raise error("cannot refer to an open group", state.original, name_pos - 4)
                state.check_lookbehind_group(gid)
                return ('backref', gid, _ic(state, flags))
            else:
                if kind is None:
                    raise error("unexpected end of pattern", state.original, state.pos)
                raise error("unknown extension ?P" + kind, state.original, state.pos - 2)
        elif ch == ':':
            state.pos += 1
        elif ch == '>':
            state.pos += 1
            atomic = True
        elif ch == '#':
            end = text.find(')', state.pos)
            if end < 0:
                raise error("missing ), unterminated comment", state.original, state.pos)
            state.pos = end + 1
            return None
        elif ch in '=!':
            state.pos += 1
            look = True
            behind = False
            negate = ch == '!'
        elif ch == '<':
            state.pos += 1
            kind = state.peek()
            if kind is None:
                raise error("unexpected end of pattern", state.original, state.pos)
            if kind not in '=!':
                raise error("unknown extension ?<" + kind, state.original, state.pos - 2)
            state.pos += 1
            look = True
            behind = True
            negate = kind == '!'
        elif ch == '(':
            return _parse_conditional(state, flags, depth, open_pos)
        elif ch in FLAGS or ch == '-':
            inner_flags = _parse_scoped_flags(state, flags)
            if inner_flags is None:
                return None
        else:
            raise error("unknown extension ?" + ch, state.original, state.pos - 1)
    else:
        index = state.groups
    if index is not None:
        state.groups = index + 1
        state.open_groups.append(index)
    outer_lookbehind = state.lookbehind_groups
    if look and behind and outer_lookbehind is None:
        state.lookbehind_groups = state.groups
    node = _parse_alternation(state, inner_flags, depth + 1)
    if look and behind:
        state.lookbehind_groups = outer_lookbehind
    if state.peek() != ')':
        raise error("missing ), unterminated subpattern", state.original, open_pos)
    state.pos += 1
    if index is not None:
        state.open_groups.remove(index)
        state.group_widths[index] = _fixed_width(node, state.group_widths)
        return ('group', index, node)
    if look:
        width = _fixed_width(node, state.group_widths) if behind else 0
        if width is None:
            raise error("look-behind requires fixed-width pattern")
        return ('look', behind, negate, node, width)
    if atomic:
        return ('atomic', node)
    return ('group', None, node)


def _parse_conditional(state, flags, depth, open_pos):
    """(?(id/name)yes|no), sre_parse's GROUPREF_EXISTS: the group's number
    (or name), then one sequence for each branch; state.pos is at the
    inner '('."""
    text = state.text
    state.pos += 1
    name_pos = state.pos
    end = text.find(')', name_pos)
    if end < 0:
        if state.at_end():
            raise error("missing group name", state.original, name_pos)
        raise error("missing ), unterminated name", state.original, name_pos)
    condname = text[name_pos:end]
    if not condname:
        raise error("missing group name", state.original, name_pos)
    state.pos = end + 1
    if condname.isidentifier():
        condgroup = state.groupdict.get(condname)
        if condgroup is None:
            raise error("unknown group name %r" % condname, state.original, name_pos)
    else:
        try:
            condgroup = int(condname)
            if condgroup < 0:
                raise ValueError
        except ValueError:
            raise error("bad character in group name %r" % condname,
                        state.original, name_pos) from None
        if not condgroup:
            raise error("bad group number", state.original, name_pos)
        if condgroup >= MAXGROUPS:
            raise error("invalid group reference %d" % condgroup, state.original, name_pos)
        if condgroup not in state.grouprefpos:
            state.grouprefpos[condgroup] = name_pos
        if not (condname.isdecimal() and condname.isascii()):
            import warnings
            warnings.warn(
                "bad character in group name %s at position %d" %
                (repr(condname) if state.is_bytes else condname, name_pos),
                DeprecationWarning, stacklevel=5)
    state.check_lookbehind_group(condgroup)
    yes = _parse_sequence(state, flags, depth + 1)
    no = None
    if state.peek() == '|':
        state.pos += 1
        no = _parse_sequence(state, flags, depth + 1)
        if state.peek() == '|':
            raise error("conditional backref with more than two branches",
                        state.original, state.pos)
    if state.peek() != ')':
        raise error("missing ), unterminated subpattern", state.original, open_pos)
    state.pos += 1
    return ('cond', condgroup, yes, no)


def _parse_scoped_flags(state, flags):
    """(?i:...) or (?-i:...): the flags for the group; a global (?i) later in
    the pattern is an error in 3.11."""
    text = state.text
    start = state.pos
    add = 0
    remove = 0
    while state.pos < len(text) and text[state.pos] in FLAGS:
        add |= FLAGS[text[state.pos]]
        state.pos += 1
    if state.peek() == '-':
        state.pos += 1
        while state.pos < len(text) and text[state.pos] in FLAGS:
            remove |= FLAGS[text[state.pos]]
            state.pos += 1
    ch = state.peek()
    if ch == ')':
        raise error("global flags not at the start of the expression", state.original, start - 2)
    if ch != ':':
        if ch is None:
            raise error("missing -, : or )", state.original, state.pos)
        raise error("unknown flag", state.original, state.pos)
    state.pos += 1
    return (flags | add) & ~remove


def _fixed_width(node, widths=None):
    """The one width node matches, or None; widths: the fixed widths of the
    closed groups, which a backreference has (sre_parse's groupwidths)."""
    kind = node[0]
    if kind in ('lit', 'any', 'class'):
        return 1
    if kind in ('at', 'look'):
        return 0
    if kind == 'group':
        return _fixed_width(node[2], widths)
    if kind == 'atomic':
        return _fixed_width(node[1], widths)
    if kind == 'cond':
        yes = _fixed_width(node[2], widths)
        no = 0 if node[3] is None else _fixed_width(node[3], widths)
        return yes if yes is not None and yes == no else None
    if kind == 'seq':
        total = 0
        for n in node[1]:
            w = _fixed_width(n, widths)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        width = None
        for n in node[1]:
            w = _fixed_width(n, widths)
            if w is None or (width is not None and w != width):
                return None
            width = w
        return width
    if kind == 'repeat':
        if node[3] is None or node[2] != node[3]:
            return None
        w = _fixed_width(node[1], widths)
        return None if w is None else w * node[2]
    if kind == 'backref' and widths is not None:
        return widths.get(node[1])
    return None


_CLASS_ESCAPE_CATS = "dDwWsS"


def _parse_class(state, flags):
    text = state.text
    open_pos = state.pos
    state.pos += 1
    negated = False
    if state.peek() == '^':
        negated = True
        state.pos += 1
    items = []
    first = True
    while True:
        if state.at_end():
            raise error("unterminated character set", state.original, open_pos)
        ch = text[state.pos]
        if ch == ']' and not first:
            state.pos += 1
            break
        first = False
        item_pos = state.pos
        lo = _class_char(state, flags)
        if state.peek() == '-' and state.pos + 1 < len(text) and text[state.pos + 1] != ']':
            state.pos += 1
            hi = _class_char(state, flags)
            if lo[0] != 'char' or hi[0] != 'char':
                shown = text[item_pos:state.pos]
                raise error("bad character range %s" % shown, state.original, item_pos)
            if hi[1] < lo[1]:
                shown = text[item_pos:state.pos]
                raise error("bad character range %s" % shown, state.original, item_pos)
            items.append(('range', lo[1], hi[1]))
        else:
            items.append(lo)
    return ('class', items, negated, bool(flags & SRE_FLAG_IGNORECASE), _ascii(state, flags))


def _class_char(state, flags):
    text = state.text
    ch = text[state.pos]
    if ch != '\\':
        state.pos += 1
        return ('char', ch)
    start = state.pos
    state.pos += 1
    if state.at_end():
        raise error("bad escape (end of pattern)", state.original, start)
    esc = text[state.pos]
    if esc in _CLASS_ESCAPE_CATS:
        state.pos += 1
        return ('cat', esc)
    if esc == 'b':
        state.pos += 1
        return ('char', '\b')
    return ('char', _escape_char(state, start, True))


def _escape_char(state, start, in_class):
    """The character an escape like \\n, \\x41, \\u00e9, \\101 or \\. stands for
    (state.pos is on the character after the backslash)."""
    text = state.text
    esc = text[state.pos]
    if esc in _SIMPLE_ESCAPES and esc != 'b':
        state.pos += 1
        return _SIMPLE_ESCAPES[esc]
    if esc == 'x':
        digits = text[state.pos + 1:state.pos + 3]
        if len(digits) != 2 or not _all_in(digits, _HEXDIGITS):
            raise error("incomplete escape \\x" + digits, state.original, start)
        state.pos += 3
        return chr(int(digits, 16))
    if esc in 'uU' and not state.is_bytes:
        size = 4 if esc == 'u' else 8
        digits = text[state.pos + 1:state.pos + 1 + size]
        if len(digits) != size or not _all_in(digits, _HEXDIGITS):
            raise error("incomplete escape \\%s%s" % (esc, digits), state.original, start)
        code = int(digits, 16)
        if code > 0x10ffff:
            raise error("bad escape \\%s%s" % (esc, digits), state.original, start)
        state.pos += 1 + size
        return chr(code)
    if esc == '0' or (in_class and esc in _OCTDIGITS):
        j = state.pos
        while j < len(text) and j < state.pos + 3 and text[j] in _OCTDIGITS:
            j += 1
        code = int(text[state.pos:j], 8)
        if code > 0o377:
            raise error('octal escape value \\%s outside of range 0-0o377'
                        % text[state.pos:j], state.original, start)
        state.pos = j
        return chr(code)
    if esc in _DIGITS and in_class:
        raise error("bad escape \\" + esc, state.original, start)
    if esc in _ASCIILETTERS:
        raise error("bad escape \\" + esc, state.original, start)
    state.pos += 1
    return esc


def _all_in(s, allowed):
    for ch in s:
        if ch not in allowed:
            return False
    return True


def _parse_escape(state, flags):
    text = state.text
    start = state.pos
    state.pos += 1
    if state.at_end():
        raise error("bad escape (end of pattern)", state.original, start)
    esc = text[state.pos]
    ic = _ic(state, flags)
    ascii = _ascii(state, flags)
    if esc == 'A':
        state.pos += 1
        return ('at', 'start', False, ascii)
    if esc == 'Z':
        state.pos += 1
        return ('at', 'end', False, ascii)
    if esc == 'b':
        state.pos += 1
        return ('at', 'wordb', False, ascii)
    if esc == 'B':
        state.pos += 1
        return ('at', 'nwordb', False, ascii)
    if esc in _CLASS_ESCAPE_CATS:
        state.pos += 1
        return ('class', [('cat', esc)], False, ic, ascii)
    if esc in _DIGITS and esc != '0':
        # a group reference (\1..\99), or an octal escape of three digits
        j = state.pos
        while j < len(text) and j < state.pos + 3 and text[j] in _DIGITS:
            j += 1
        digits = text[state.pos:j]
        if len(digits) == 3 and _all_in(digits, _OCTDIGITS):
            code = int(digits, 8)
            if code > 0o377:
                raise error('octal escape value \\%s outside of range 0-0o377' % digits,
                            state.original, start)
            state.pos = j
            return ('lit', chr(code), ic)
        digits = digits[:2]
        if len(digits) == 2 and digits[1] not in _DIGITS:
            digits = digits[:1]
        gid = int(digits)
        state.pos += len(digits)
        if gid >= state.groups:
            raise error("invalid group reference %d" % gid, state.original, start + 1)
        if gid in state.open_groups:
            raise error("cannot refer to an open group", state.original, start)
        state.check_lookbehind_group(gid)
        return ('backref', gid, ic)
    return ('lit', _escape_char(state, start, False), ic)
