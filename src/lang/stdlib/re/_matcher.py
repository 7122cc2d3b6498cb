"""The backtracking matcher of gclab's re, and the Pattern and Match objects.

run() executes a program from _compiler at one position, trying branches in
order and undoing slot writes on backtrack (an explicit stack, so long
subjects need no deep recursion). search() tries successive start
positions, as sre's SRE(search) does.
"""

from ._parser import is_bytes as _is_bytes
from ._casefix import _EXTRA_CASES

_ASCII_WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_ASCII_SPACE = " \t\n\r\f\v"
_ASCII_DIGIT = "0123456789"


def _is_word(ch, ascii):
    if ascii:
        return ch in _ASCII_WORD
    return ch.isalnum() or ch == '_'


def _in_category(cat, ch, ascii):
    lower = cat.lower()
    if lower == 'd':
        hit = (ch in _ASCII_DIGIT) if ascii else ch.isdecimal()
    elif lower == 'w':
        hit = _is_word(ch, ascii)
    else:
        hit = (ch in _ASCII_SPACE) if ascii else ch.isspace()
    return hit if cat == lower else not hit


def _class_hit_one(items, ch, ascii):
    for item in items:
        kind = item[0]
        if kind == 'char':
            if item[1] == ch:
                return True
        elif kind == 'range':
            if item[1] <= ch <= item[2]:
                return True
        elif _in_category(item[1], ch, ascii):
            return True
    return False


def _lower(ch, ascii):
    """sre's ascii_tolower / unicode_tolower: one character's simple
    lowercase (U+0130's is 'i'; str.lower gives two characters)."""
    if ascii:
        return chr(ord(ch) + 32) if 'A' <= ch <= 'Z' else ch
    lower = ch.lower()
    return lower if len(lower) == 1 else lower[0]


def _upper(ch):
    upper = ch.upper()
    return upper if len(upper) == 1 else ch


def _class_match(op, ch):
    # IN_IGNORE / IN_UNI_IGNORE: the class matches a character of the same
    # lowercase, in ASCII mode only ASCII letters fold; in Unicode mode the
    # lowercase's extra cases (re._casefix: 'i' and 'ı', 's' and 'ſ', ...)
    # count too.
    items = op[1]
    ascii = op[4]
    hit = _class_hit_one(items, ch, ascii)
    if not hit and op[3]:
        lower = _lower(ch, ascii)
        if ascii:
            if lower != ch:
                hit = _class_hit_one(items, lower, ascii)
            elif 'a' <= ch <= 'z':
                hit = _class_hit_one(items, chr(ord(ch) - 32), ascii)
        else:
            upper = _upper(ch)
            title = ch.title()
            hit = (lower != ch and _class_hit_one(items, lower, ascii)) or \
                  (upper != ch and _class_hit_one(items, upper, ascii)) or \
                  (len(title) == 1 and title != ch and title != upper and _class_hit_one(items, title, ascii))
            if not hit:
                for code in _EXTRA_CASES.get(ord(lower), ()):
                    other = chr(code)
                    if _class_hit_one(items, other, ascii) or _class_hit_one(items, _upper(other), ascii):
                        hit = True
                        break
    return hit != op[2]


def _chars_equal(a, b, ignorecase, extra=True):
    # ignorecase: False, 'a' (ASCII) or 'u' (Unicode, with the extra cases
    # unless `extra` is false: a backreference compares lowercases only).
    if a == b:
        return True
    if not ignorecase:
        return False
    ascii = ignorecase == 'a'
    la = _lower(a, ascii)
    lb = _lower(b, ascii)
    if la == lb:
        return True
    return not ascii and extra and ord(la) in _EXTRA_CASES.get(ord(lb), ())


def _at(op, text, sp, end):
    kind = op[1]
    if kind == 'bol':
        return sp == 0 or (op[2] and text[sp - 1] == '\n')
    if kind == 'eol':
        if sp == end:
            return True
        if op[2]:
            return text[sp] == '\n'
        return sp == end - 1 and text[sp] == '\n'
    if kind == 'start':
        return sp == 0
    if kind == 'end':
        return sp == end
    before = sp > 0 and _is_word(text[sp - 1], op[3])
    after = sp < end and _is_word(text[sp], op[3])
    if kind == 'wordb':
        return before != after
    # sre: \B never matches in an empty string
    return before == after and end > 0


def run(code, text, start, end, slots):
    """Match code at text[start:] (not beyond end). On success slots holds
    the captures (its last item: the group closed last) and the end
    position is returned; on failure -1, and slots is unchanged."""
    stack = []
    pc = 0
    sp = start
    while True:
        op = code[pc]
        kind = op[0]
        ok = True
        if kind == 'char':
            if sp < end and _chars_equal(text[sp], op[1], op[2]):
                sp += 1
                pc += 1
            else:
                ok = False
        elif kind == 'any':
            if sp < end and (op[1] or text[sp] != '\n'):
                sp += 1
                pc += 1
            else:
                ok = False
        elif kind == 'class':
            if sp < end and _class_match(op, text[sp]):
                sp += 1
                pc += 1
            else:
                ok = False
        elif kind == 'split':
            stack.append((0, op[2], sp))
            pc = op[1]
        elif kind == 'jmp':
            pc = op[1]
        elif kind == 'ifgroup':
            if slots[2 * op[1]] is not None and slots[2 * op[1] + 1] is not None:
                pc += 1
            else:
                pc = op[2]
        elif kind == 'save' or kind == 'mark':
            slot = op[1]
            stack.append((1, slot, slots[slot]))
            slots[slot] = sp
            if kind == 'save' and slot > 1 and slot & 1:
                # sre's lastindex: the group whose end was saved last
                stack.append((1, -1, slots[-1]))
                slots[-1] = slot >> 1
            pc += 1
        elif kind == 'progress':
            if slots[op[1]] == sp:
                pc = op[2]
            else:
                pc += 1
        elif kind == 'at':
            if _at(op, text, sp, end):
                pc += 1
            else:
                ok = False
        elif kind == 'backref':
            gstart = slots[2 * op[1]]
            gend = slots[2 * op[1] + 1]
            if gstart is None or gend is None:
                ok = False
            else:
                length = gend - gstart
                if sp + length > end:
                    ok = False
                else:
                    i = 0
                    while i < length:
                        if not _chars_equal(text[sp + i], text[gstart + i], op[2], False):
                            ok = False
                            break
                        i += 1
                    if ok:
                        sp += length
                        pc += 1
        elif kind == 'look':
            behind = op[1]
            at = sp - op[4] if behind else sp
            inner = list(slots)
            # a lookbehind's fixed-width body must end exactly here
            found = at >= 0 and run(op[3], text, at, sp if behind else end, inner) >= 0
            if found == op[2]:
                ok = False
            else:
                if found:
                    # a positive lookaround keeps the groups it captured
                    for i in range(len(slots)):
                        if inner[i] != slots[i]:
                            stack.append((1, i, slots[i]))
                            slots[i] = inner[i]
                pc += 1
        elif kind == 'atomic':
            inner = list(slots)
            stop = run(op[1], text, sp, end, inner)
            if stop < 0:
                ok = False
            else:
                for i in range(len(slots)):
                    if inner[i] != slots[i]:
                        stack.append((1, i, slots[i]))
                        slots[i] = inner[i]
                sp = stop
                pc += 1
        elif kind == 'nonempty':
            if sp != slots[0]:
                pc += 1
            else:
                ok = False
        elif kind == 'match':
            return sp
        else:
            raise ValueError("bad instruction %r" % (kind,))
        if not ok:
            while True:
                if not stack:
                    return -1
                entry = stack.pop()
                if entry[0] == 0:
                    pc = entry[1]
                    sp = entry[2]
                    break
                slots[entry[1]] = entry[2]


class Pattern(object):
    """A compiled regular expression."""

    # _sre's PatternObject: no __dict__, weakly referenceable.
    __slots__ = ('pattern', 'flags', '_code', '_nslots', 'groups', 'groupindex', '_bytes', '_constrained',
                 '__weakref__')

    # pattern_copy, pattern_deepcopy: a pattern is immutable.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # re/__init__.py's copyreg.pickle(Pattern, _pickle).
    def __reduce__(self):
        from . import _compile
        return _compile, (self.pattern, self.flags)

    # _sre has no constructor for either type (tp_new NULL): compile() and
    # the searches make them through _new.
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @classmethod
    def _new(cls, pattern, flags, program, groups, groupindex):
        self = object.__new__(cls)
        self._init(pattern, flags, program, groups, groupindex)
        return self

    def _init(self, pattern, flags, program, groups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self._code = program[0]
        self._nslots = program[1]
        self.groups = groups
        self.groupindex = dict(groupindex)
        self._bytes = _is_bytes(pattern)
        self._constrained = {}

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flag_names = []
        flags = self.flags
        if not self._bytes:
            flags &= ~32  # UNICODE is implied for str patterns
        for name, value in (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4),
                            ('MULTILINE', 8), ('DOTALL', 16), ('UNICODE', 32),
                            ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)):
            if flags & value:
                flag_names.append('re.' + name)
                flags &= ~value
        if flags:
            flag_names.append(hex(flags))
        if flag_names:
            return 're.compile(%s, %s)' % (text, '|'.join(flag_names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _text(self, string):
        # getstring() (_sre.c): neither str nor a buffer is refused first.
        if not isinstance(string, (str, bytes, bytearray, memoryview)):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return bytes(string).decode('latin-1')
        if not isinstance(string, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return string

    def _bounds(self, text, pos, endpos):
        n = len(text)
        if pos < 0:
            pos = 0
        if pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        return pos, endpos

    def _match_at(self, string, text, start, end, fullmatch, must_advance=False, pos=None):
        # pos: the Match's pos, the position the search or iteration was
        # asked to start at (sre's state->pos), when not `start`.
        if fullmatch or must_advance:
            code = self._constrained_code(fullmatch, must_advance)
        else:
            code = self._code
        slots = [None] * (self._nslots + 1)
        if run(code, text, start, end, slots) >= 0:
            return Match._new(self, string, text, start if pos is None else pos, end, slots)
        return None

    def _constrained_code(self, fullmatch, must_advance):
        """The program with checks where it reports a match: fullmatch must
        reach the end; after an empty match the next one must advance (sre's
        must_advance). Backtracking then finds the first match that passes."""
        key = (fullmatch, must_advance)
        if key not in self._constrained:
            checks = []
            if fullmatch:
                checks.append(('at', 'end', False, False))
            if must_advance:
                checks.append(('nonempty',))
            code = self._code
            # the program ends with ('match',); no jump targets it
            self._constrained[key] = code[:-1] + checks + [code[-1]]
        return self._constrained[key]

    def match(self, string, pos=0, endpos=None):
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._match_at(string, text, pos, endpos, False)

    def fullmatch(self, string, pos=0, endpos=None):
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._match_at(string, text, pos, endpos, True)

    def search(self, string, pos=0, endpos=None):
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._search(string, text, pos, endpos, False)

    def _search(self, string, text, pos, endpos, must_advance, origin=None):
        start = pos
        if origin is None:
            origin = pos
        while start <= endpos:
            m = self._match_at(string, text, start, endpos, False,
                               must_advance and start == pos, origin)
            if m is not None:
                return m
            start += 1
        return None

    def _iterate(self, string, pos=0, endpos=None):
        """The successive non-overlapping matches (Python 3.7+ empty-match rules)."""
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        matches = []
        must_advance = False
        origin = pos
        while pos <= endpos:
            m = self._search(string, text, pos, endpos, must_advance, origin)
            if m is None:
                break
            matches.append(m)
            must_advance = m.end() == m.start()
            pos = m.end()
        return matches

    def findall(self, string, pos=0, endpos=None):
        """Return a list of all non-overlapping matches of pattern in string."""
        result = []
        empty = string[:0] if self._bytes else ''
        for m in self._iterate(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group(0))
            elif self.groups == 1:
                g = m.group(1)
                result.append(empty if g is None else g)
            else:
                result.append(tuple(m.groups(empty)))
        return result

    def finditer(self, string, pos=0, endpos=None):
        """Return an iterator over all non-overlapping matches for the pattern."""
        return iter(self._iterate(string, pos, endpos))

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        result = []
        last = 0
        count = 0
        for m in self._iterate(string):
            if maxsplit and count >= maxsplit:
                break
            result.append(string[last:m.start()])
            result.extend(m.groups())
            last = m.end()
            count += 1
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made)."""
        if callable(repl):
            template = None
        else:
            template = _parse_template(repl, self)
        pieces = []
        last = 0
        n = 0
        for m in self._iterate(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            if template is None:
                pieces.append(repl(m))
            else:
                pieces.append(_expand(template, m))
            last = m.end()
            n += 1
        pieces.append(string[last:])
        joiner = string[:0]
        return joiner.join(pieces), n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of pattern in string by the replacement repl."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not provided by gclab's re")


class Match(object):
    """The result of a successful match."""

    # _sre's MatchObject: no __dict__, no weak references.
    __slots__ = ('re', 'string', 'pos', 'endpos', '_text', '_slots', 'lastindex', 'lastgroup')

    # match_copy, match_deepcopy: a match is immutable.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 're.Match' object")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @classmethod
    def _new(cls, pattern, string, text, pos, endpos, slots):
        self = object.__new__(cls)
        self._init(pattern, string, text, pos, endpos, slots)
        return self

    def _init(self, pattern, string, text, pos, endpos, slots):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._text = text
        self._slots = slots[:2 * (pattern.groups + 1)]
        self.lastindex = slots[-1]
        self.lastgroup = None
        if self.lastindex is not None:
            for name in pattern.groupindex:
                if pattern.groupindex[name] == self.lastindex:
                    self.lastgroup = name

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            if group in self.re.groupindex:
                return self.re.groupindex[group]
        else:
            index = getattr(type(group), '__index__', None)
            if index is not None:
                return self._index(index(group))
        raise IndexError("no such group")

    def _get(self, index, default=None):
        start = self._slots[2 * index]
        end = self._slots[2 * index + 1]
        if start is None or end is None:
            return default
        return self.string[start:end]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        result = {}
        for name in self.re.groupindex:
            result[name] = self._get(self.re.groupindex[name], default)
        return result

    def start(self, group=0):
        s = self._slots[2 * self._index(group)]
        return -1 if s is None else s

    def end(self, group=0):
        e = self._slots[2 * self._index(group) + 1]
        return -1 if e is None else e

    def span(self, group=0):
        return (self.start(group), self.end(group))

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group(0))


def _parse_template(template, pattern):
    """A replacement template as a list of str pieces and group numbers."""
    from ._parser import error
    is_bytes = _is_bytes(template)
    text = template.decode('latin-1') if is_bytes else template
    if not is_bytes and not isinstance(template, str):
        raise TypeError("expected str or bytes-like object, got '%s'" % type(template).__name__)
    pieces = []
    literal = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != '\\':
            literal.append(ch)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        nxt = text[i + 1]
        if nxt == 'g':
            if i + 2 >= n or text[i + 2] != '<':
                raise error("missing <", template, i + 2)
            close = text.find('>', i + 3)
            if close < 0:
                raise error("missing >, unterminated name", template, i + 3)
            name = text[i + 3:close]
            if not name:
                raise error("missing group name", template, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, template, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise error("bad character in group name %r" % name, template, i + 3)
            _flush(pieces, literal)
            pieces.append(index)
            i = close + 1
        elif nxt == '0':
            # \0, \0o, \0oo: an octal character
            k = i + 2
            while k < n and k < i + 4 and text[k] in '01234567':
                k += 1
            literal.append(chr(int(text[i + 1:k], 8)))
            i = k
        elif nxt in '123456789':
            # \d or \dd is a group; three octal digits are a character
            k = i + 2
            if k < n and text[k] in '0123456789':
                k += 1
                if (nxt in '01234567' and text[k - 1] in '01234567' and
                        k < n and text[k] in '01234567'):
                    code = int(text[i + 1:k + 1], 8)
                    if code > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % text[i + 1:k + 1], template, i)
                    literal.append(chr(code))
                    i = k + 1
                    continue
            index = int(text[i + 1:k])
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, template, i + 1)
            _flush(pieces, literal)
            pieces.append(index)
            i = k
        else:
            simple = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                      't': '\t', 'v': '\v', '\\': '\\'}
            if nxt in simple:
                literal.append(simple[nxt])
            elif nxt.isascii() and nxt.isalpha():
                raise error("bad escape \\%s" % nxt, template, i)
            else:
                literal.append('\\' + nxt)
            i += 2
    _flush(pieces, literal)
    return (pieces, is_bytes)


def _flush(pieces, literal):
    if literal:
        pieces.append(''.join(literal))
        del literal[:]


def _expand(template, m):
    pieces, is_bytes = template
    out = []
    empty = ''.encode('latin-1') if is_bytes else ''
    for piece in pieces:
        if isinstance(piece, int):
            g = m.group(piece)
            out.append(empty if g is None else g)
        elif is_bytes:
            out.append(piece.encode('latin-1'))
        else:
            out.append(piece)
    return empty.join(out)


# Pattern and Match are generic in annotations (re.Pattern[str]), as the C types are.
Pattern.__class_getitem__ = classmethod(type(list[int]))
Match.__class_getitem__ = classmethod(type(list[int]))
Pattern.__module__ = Match.__module__ = 're'
