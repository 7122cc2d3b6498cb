#
# Secret Labs' Regular Expression Engine
#
# convert re-style regular expression to sre pattern
#
# Copyright (c) 1998-2001 by Secret Labs AB.  All rights reserved.
#
# See the __init__.py file for information on usage and redistribution.
#

"""Internal support module for sre"""

# XXX: show string offset and offending character for all errors

from ._constants import *

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"

DIGITS = frozenset("0123456789")

OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

WHITESPACE = frozenset(" \t\n\r\v\f")

_REPEATCODES = frozenset({MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT})
_UNITCODES = frozenset({ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY})

ESCAPES = {
    r"\a": (LITERAL, ord("\a")),
    r"\b": (LITERAL, ord("\b")),
    r"\f": (LITERAL, ord("\f")),
    r"\n": (LITERAL, ord("\n")),
    r"\r": (LITERAL, ord("\r")),
    r"\t": (LITERAL, ord("\t")),
    r"\v": (LITERAL, ord("\v")),
    r"\\": (LITERAL, ord("\\"))
}

CATEGORIES = {
    r"\A": (AT, AT_BEGINNING_STRING), # start of string
    r"\b": (AT, AT_BOUNDARY),
    r"\B": (AT, AT_NON_BOUNDARY),
    r"\d": (IN, [(CATEGORY, CATEGORY_DIGIT)]),
    r"\D": (IN, [(CATEGORY, CATEGORY_NOT_DIGIT)]),
    r"\s": (IN, [(CATEGORY, CATEGORY_SPACE)]),
    r"\S": (IN, [(CATEGORY, CATEGORY_NOT_SPACE)]),
    r"\w": (IN, [(CATEGORY, CATEGORY_WORD)]),
    r"\W": (IN, [(CATEGORY, CATEGORY_NOT_WORD)]),
    r"\Z": (AT, AT_END_STRING), # end of string
}

FLAGS = {
    # standard flags
    "i": SRE_FLAG_IGNORECASE,
    "L": SRE_FLAG_LOCALE,
    "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL,
    "x": SRE_FLAG_VERBOSE,
    # extensions
    "a": SRE_FLAG_ASCII,
    "t": SRE_FLAG_TEMPLATE,
    "u": SRE_FLAG_UNICODE,
}

TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE

# Maximal value returned by SubPattern.getwidth().
# Must be larger than MAXREPEAT, MAXCODE and sys.maxsize.
MAXWIDTH = 1 << 64

class State:
    # keeps track of state for parsing
    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]  # group 0
        self.lookbehindgroups = None
        self.grouprefpos = {}
    @property
    def groups(self):
        return len(self.groupwidths)
    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid,  ogid))
            self.groupdict[name] = gid
        return gid
    def closegroup(self, gid, p):
        self.groupwidths[gid] = p.getwidth()
    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')

class SubPattern:
    # a subpattern, in intermediate form
    def __init__(self, state, data=None):
        self.state = state
        if data is None:
            data = []
        self.data = data
        self.width = None

    def dump(self, level=0):
        seqtypes = (tuple, list)
        for op, av in self.data:
            print(level*"  " + str(op), end='')
            if op is IN:
                # member sublanguage
                print()
                for op, a in av:
                    print((level+1)*"  " + str(op), a)
            elif op is BRANCH:
                print()
                for i, a in enumerate(av[1]):
                    if i:
                        print(level*"  " + "OR")
                    a.dump(level+1)
            elif op is GROUPREF_EXISTS:
                condgroup, item_yes, item_no = av
                print('', condgroup)
                item_yes.dump(level+1)
                if item_no:
                    print(level*"  " + "ELSE")
                    item_no.dump(level+1)
            elif isinstance(av, SubPattern):
                print()
                av.dump(level+1)
            elif isinstance(av, seqtypes):
                nl = False
                for a in av:
                    if isinstance(a, SubPattern):
                        if not nl:
                            print()
                        a.dump(level+1)
                        nl = True
                    else:
                        if not nl:
                            print(' ', end='')
                        print(a, end='')
                        nl = False
                if not nl:
                    print()
            else:
                print('', av)
    def __repr__(self):
        return repr(self.data)
    def __len__(self):
        return len(self.data)
    def __delitem__(self, index):
        del self.data[index]
    def __getitem__(self, index):
        if isinstance(index, slice):
            return SubPattern(self.state, self.data[index])
        return self.data[index]
    def __setitem__(self, index, code):
        self.data[index] = code
    def insert(self, index, code):
        self.data.insert(index, code)
    def append(self, code):
        self.data.append(code)
    def getwidth(self):
        # determine the width (min, max) for this subpattern
        if self.width is not None:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op is BRANCH:
                i = MAXWIDTH
                j = 0
                for av in av[1]:
                    l, h = av.getwidth()
                    i = min(i, l)
                    j = max(j, h)
                lo = lo + i
                hi = hi + j
            elif op is ATOMIC_GROUP:
                i, j = av.getwidth()
                lo = lo + i
                hi = hi + j
            elif op is SUBPATTERN:
                i, j = av[-1].getwidth()
                lo = lo + i
                hi = hi + j
            elif op in _REPEATCODES:
                i, j = av[2].getwidth()
                lo = lo + i * av[0]
                if av[1] == MAXREPEAT and j:
                    hi = MAXWIDTH
                else:
                    hi = hi + j * av[1]
            elif op in _UNITCODES:
                lo = lo + 1
                hi = hi + 1
            elif op is GROUPREF:
                i, j = self.state.groupwidths[av]
                lo = lo + i
                hi = hi + j
            elif op is GROUPREF_EXISTS:
                i, j = av[1].getwidth()
                if av[2] is not None:
                    l, h = av[2].getwidth()
                    i = min(i, l)
                    j = max(j, h)
                else:
                    i = 0
                lo = lo + i
                hi = hi + j
            elif op is SUCCESS:
                break
        self.width = min(lo, MAXWIDTH), min(hi, MAXWIDTH)
        return self.width

class Tokenizer:
    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(string, 'latin1')
        self.decoded_string = string
        self.index = 0
        self.next = None
        self.__next()
    def __next(self):
        index = self.index
        try:
            char = self.decoded_string[index]
        except IndexError:
            self.next = None
            return
        if char == "\\":
            index += 1
            try:
                char += self.decoded_string[index]
            except IndexError:
                raise error("bad escape (end of pattern)",
                            self.string, len(self.string) - 1) from None
        self.index = index + 1
        self.next = char
    def match(self, char):
        if char == self.next:
            self.__next()
            return True
        return False
    def get(self):
        this = self.next
        self.__next()
        return this
    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self.__next()
        return result
    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self.__next()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator,
                                 len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result
    @property
    def pos(self):
        return self.index - len(self.next or '')
    def tell(self):
        return self.index - len(self.next or '')
    def seek(self, index):
        self.index = index
        self.__next()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset, nested):
        if not name.isidentifier():
            msg = "bad character in group name %r" % name
            raise self.error(msg, len(name) + offset)
        if not (self.istext or name.isascii()):
            import warnings
            warnings.warn(
                "bad character in group name %a at position %d" %
                (name, self.tell() - len(name) - offset),
                DeprecationWarning, stacklevel=nested + 7
            )

def _class_escape(source, escape):
    # handle escape code inside character class
    code = ESCAPES.get(escape)
    if code:
        return code
    code = CATEGORIES.get(escape)
    if code and code[0] is IN:
        return code
    try:
        c = escape[1:2]
        if c == "x":
            # hexadecimal escape (exactly two digits)
            escape += source.getwhile(2, HEXDIGITS)
            if len(escape) != 4:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return LITERAL, int(escape[2:], 16)
        elif c == "u" and source.istext:
            # unicode escape (exactly four digits)
            escape += source.getwhile(4, HEXDIGITS)
            if len(escape) != 6:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return LITERAL, int(escape[2:], 16)
        elif c == "U" and source.istext:
            # unicode escape (exactly eight digits)
            escape += source.getwhile(8, HEXDIGITS)
            if len(escape) != 10:
                raise source.error("incomplete escape %s" % escape, len(escape))
            c = int(escape[2:], 16)
            chr(c) # raise ValueError for invalid code
            return LITERAL, c
        elif c == "N" and source.istext:
            import unicodedata
            # named unicode escape e.g. \N{EM DASH}
            if not source.match('{'):
                raise source.error("missing {")
            charname = source.getuntil('}', 'character name')
            try:
                c = ord(unicodedata.lookup(charname))
            except (KeyError, TypeError):
                raise source.error("undefined character name %r" % charname,
                                   len(charname) + len(r'\N{}')) from None
            return LITERAL, c
        elif c in OCTDIGITS:
            # octal escape (up to three digits)
            escape += source.getwhile(2, OCTDIGITS)
            c = int(escape[1:], 8)
            if c > 0o377:
                raise source.error('octal escape value %s outside of '
                                   'range 0-0o377' % escape, len(escape))
            return LITERAL, c
        elif c in DIGITS:
            raise ValueError
        if len(escape) == 2:
            if c in ASCIILETTERS:
                raise source.error('bad escape %s' % escape, len(escape))
            return LITERAL, ord(escape[1])
    except ValueError:
        pass
    raise source.error("bad escape %s" % escape, len(escape))

def _escape(source, escape, state):
    # handle escape code in expression
    code = CATEGORIES.get(escape)
    if code:
        return code
    code = ESCAPES.get(escape)
    if code:
        return code
    try:
        c = escape[1:2]
        if c == "x":
            # hexadecimal escape
            escape += source.getwhile(2, HEXDIGITS)
            if len(escape) != 4:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return LITERAL, int(escape[2:], 16)
        elif c == "u" and source.istext:
            # unicode escape (exactly four digits)
            escape += source.getwhile(4, HEXDIGITS)
            if len(escape) != 6:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return LITERAL, int(escape[2:], 16)
        elif c == "U" and source.istext:
            # unicode escape (exactly eight digits)
            escape += source.getwhile(8, HEXDIGITS)
            if len(escape) != 10:
                raise source.error("incomplete escape %s" % escape, len(escape))
            c = int(escape[2:], 16)
            chr(c) # raise ValueError for invalid code
            return LITERAL, c
        elif c == "N" and source.istext:
            import unicodedata
            # named unicode escape e.g. \N{EM DASH}
            if not source.match('{'):
                raise source.error("missing {")
            charname = source.getuntil('}', 'character name')
            try:
                c = ord(unicodedata.lookup(charname))
            except (KeyError, TypeError):
                raise source.error("undefined character name %r" % charname,
                                   len(charname) + len(r'\N{}')) from None
            return LITERAL, c
        elif c == "0":
            # octal escape
            escape += source.getwhile(2, OCTDIGITS)
            return LITERAL, int(escape[1:], 8)
        elif c in DIGITS:
            # octal escape *or* decimal group reference (sigh)
            if source.next in DIGITS:
                escape += source.get()
                if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                    source.next in OCTDIGITS):
                    # got three octal digits; this is an octal escape
                    escape += source.get()
                    c = int(escape[1:], 8)
                    if c > 0o377:
                        raise source.error('octal escape value %s outside of '
                                           'range 0-0o377' % escape,
                                           len(escape))
                    return LITERAL, c
            # not an octal escape, so this is a group reference
            group = int(escape[1:])
            if group < state.groups:
                if not state.checkgroup(group):
                    raise source.error("cannot refer to an open group",
                                       len(escape))
                state.checklookbehindgroup(group, source)
                return GROUPREF, group
            raise source.error("invalid group reference %d" % group, len(escape) - 1)
        if len(escape) == 2:
            if c in ASCIILETTERS:
                raise source.error("bad escape %s" % escape, len(escape))
            return LITERAL, ord(escape[1])
    except ValueError:
        pass
    raise source.error("bad escape %s" % escape, len(escape))

def _uniq(items):
    return list(dict.fromkeys(items))

def _parse_sub(source, state, verbose, nested):
    # parse an alternation: a|b|c

    items = []
    itemsappend = items.append
    sourcematch = source.match
    start = source.tell()
    while True:
        itemsappend(_parse(source, state, verbose, nested + 1,
                           not nested and not items))
        if not sourcematch("|"):
            break
        if not nested:
            verbose = state.flags & SRE_FLAG_VERBOSE

    if len(items) == 1:
        return items[0]

    subpattern = SubPattern(state)

    # check if all items share a common prefix
    while True:
        prefix = None
        for item in items:
            if not item:
                break
            if prefix is None:
                prefix = item[0]
            elif item[0] != prefix:
                break
        else:
            # all subitems start with a common "prefix".
            # move it out of the branch
            for item in items:
                del item[0]
            subpattern.append(prefix)
            continue # check next one
        break

    # check if the branch can be replaced by a character set
    set = []
    for item in items:
        if len(item) != 1:
            break
        op, av = item[0]
        if op is LITERAL:
            set.append((op, av))
        elif op is IN and av[0][0] is not NEGATE:
            set.extend(av)
        else:
            break
    else:
        # we can store this as a character set instead of a
        # branch (the compiler may optimize this even more)
        subpattern.append((IN, _uniq(set)))
        return subpattern

    subpattern.append((BRANCH, (None, items)))
    return subpattern

def _parse(source, state, verbose, nested, first=False):
    # parse a simple pattern
    subpattern = SubPattern(state)

    # precompute constants into local variables
    subpatternappend = subpattern.append
    sourceget = source.get
    sourcematch = source.match
    _len = len
    _ord = ord

    while True:

        this = source.next
        if this is None:
            break # end of pattern
        if this in "|)":
            break # end of subpattern
        sourceget()

        if verbose:
            # skip whitespace and comments
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = sourceget()
                    if this is None or this == "\n":
                        break
                continue

        if this[0] == "\\":
            code = _escape(source, this, state)
            subpatternappend(code)

        elif this not in SPECIAL_CHARS:
            subpatternappend((LITERAL, _ord(this)))

        elif this == "[":
            here = source.tell() - 1
            # character set
            set = []
            setappend = set.append
##          if sourcematch(":"):
##              pass # handle character classes
            if source.next == '[':
                import warnings
                warnings.warn(
                    'Possible nested set at position %d' % source.tell(),
                    FutureWarning, stacklevel=nested + 6
                )
            negate = sourcematch("^")
            # check remaining characters
            while True:
                this = sourceget()
                if this is None:
                    raise source.error("unterminated character set",
                                       source.tell() - here)
                if this == "]" and set:
                    break
                elif this[0] == "\\":
                    code1 = _class_escape(source, this)
                else:
                    if set and this in '-&~|' and source.next == this:
                        import warnings
                        warnings.warn(
                            'Possible set %s at position %d' % (
                                'difference' if this == '-' else
                                'intersection' if this == '&' else
                                'symmetric difference' if this == '~' else
                                'union',
                                source.tell() - 1),
                            FutureWarning, stacklevel=nested + 6
                        )
                    code1 = LITERAL, _ord(this)
                if sourcematch("-"):
                    # potential range
                    that = sourceget()
                    if that is None:
                        raise source.error("unterminated character set",
                                           source.tell() - here)
                    if that == "]":
                        if code1[0] is IN:
                            code1 = code1[1][0]
                        setappend(code1)
                        setappend((LITERAL, _ord("-")))
                        break
                    if that[0] == "\\":
                        code2 = _class_escape(source, that)
                    else:
                        if that == '-':
                            import warnings
                            warnings.warn(
                                'Possible set difference at position %d' % (
                                    source.tell() - 2),
                                FutureWarning, stacklevel=nested + 6
                            )
                        code2 = LITERAL, _ord(that)
                    if code1[0] != LITERAL or code2[0] != LITERAL:
                        msg = "bad character range %s-%s" % (this, that)
                        raise source.error(msg, len(this) + 1 + len(that))
                    lo = code1[1]
                    hi = code2[1]
                    if hi < lo:
                        msg = "bad character range %s-%s" % (this, that)
                        raise source.error(msg, len(this) + 1 + len(that))
                    setappend((RANGE, (lo, hi)))
                else:
                    if code1[0] is IN:
                        code1 = code1[1][0]
                    setappend(code1)

            set = _uniq(set)
            # XXX: <fl> should move set optimization to compiler!
            if _len(set) == 1 and set[0][0] is LITERAL:
                # optimization
                if negate:
                    subpatternappend((NOT_LITERAL, set[0][1]))
                else:
                    subpatternappend(set[0])
            else:
                if negate:
                    set.insert(0, (NEGATE, None))
                # charmap optimization can't be added here because
                # global flags still are not known
                subpatternappend((IN, set))

        elif this in REPEAT_CHARS:
            # repeat previous item
            here = source.tell()
            if this == "?":
                min, max = 0, 1
            elif this == "*":
                min, max = 0, MAXREPEAT

            elif this == "+":
                min, max = 1, MAXREPEAT
            elif this == "{":
                if source.next == "}":
                    subpatternappend((LITERAL, _ord(this)))
                    continue

                min, max = 0, MAXREPEAT
                lo = hi = ""
                while source.next in DIGITS:
                    lo += sourceget()
                if sourcematch(","):
                    while source.next in DIGITS:
                        hi += sourceget()
                else:
                    hi = lo
                if not sourcematch("}"):
                    subpatternappend((LITERAL, _ord(this)))
                    source.seek(here)
                    continue

                if lo:
                    min = int(lo)
                    if min >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if hi:
                    max = int(hi)
                    if max >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if max < min:
                        raise source.error("min repeat greater than max repeat",
                                           source.tell() - here)
            else:
                raise AssertionError("unsupported quantifier %r" % (char,))
            # figure out which item to repeat
            if subpattern:
                item = subpattern[-1:]
            else:
                item = None
            if not item or item[0][0] is AT:
                raise source.error("nothing to repeat",
                                   source.tell() - here + len(this))
            if item[0][0] in _REPEATCODES:
                raise source.error("multiple repeat",
                                   source.tell() - here + len(this))
            if item[0][0] is SUBPATTERN:
                group, add_flags, del_flags, p = item[0][1]
                if group is None and not add_flags and not del_flags:
                    item = p
            if sourcematch("?"):
                # Non-Greedy Match
                subpattern[-1] = (MIN_REPEAT, (min, max, item))
            elif sourcematch("+"):
                # Possessive Match (Always Greedy)
                subpattern[-1] = (POSSESSIVE_REPEAT, (min, max, item))
            else:
                # Greedy Match
                subpattern[-1] = (MAX_REPEAT, (min, max, item))

        elif this == ".":
            subpatternappend((ANY, None))

        elif this == "(":
            start = source.tell() - 1
            capture = True
            atomic = False
            name = None
            add_flags = 0
            del_flags = 0
            if sourcematch("?"):
                # options
                char = sourceget()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char == "P":
                    # python extensions
                    if sourcematch("<"):
                        # named group: skip forward to end of name
                        name = source.getuntil(">", "group name")
                        source.checkgroupname(name, 1, nested)
                    elif sourcematch("="):
                        # named backreference
                        name = source.getuntil(")", "group name")
                        source.checkgroupname(name, 1, nested)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            msg = "unknown group name %r" % name
                            raise source.error(msg, len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error("cannot refer to an open group",
                                               len(name) + 1)
                        state.checklookbehindgroup(gid, source)
                        subpatternappend((GROUPREF, gid))
                        continue

                    else:
                        char = sourceget()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        raise source.error("unknown extension ?P" + char,
                                           len(char) + 2)
                elif char == ":":
                    # non-capturing group
                    capture = False
                elif char == "#":
                    # comment
                    while True:
                        if source.next is None:
                            raise source.error("missing ), unterminated comment",
                                               source.tell() - start)
                        if sourceget() == ")":
                            break
                    continue

                elif char in "=!<":
                    # lookahead assertions
                    dir = 1
                    if char == "<":
                        char = sourceget()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        if char not in "=!":
                            raise source.error("unknown extension ?<" + char,
                                               len(char) + 2)
                        dir = -1 # lookbehind
                        lookbehindgroups = state.lookbehindgroups
                        if lookbehindgroups is None:
                            state.lookbehindgroups = state.groups
                    p = _parse_sub(source, state, verbose, nested + 1)
                    if dir < 0:
                        if lookbehindgroups is None:
                            state.lookbehindgroups = None
                    if not sourcematch(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    if char == "=":
                        subpatternappend((ASSERT, (dir, p)))
                    else:
                        subpatternappend((ASSERT_NOT, (dir, p)))
                    continue

                elif char == "(":
                    # conditional backreference group
                    condname = source.getuntil(")", "group name")
                    if condname.isidentifier():
                        source.checkgroupname(condname, 1, nested)
                        condgroup = state.groupdict.get(condname)
                        if condgroup is None:
                            msg = "unknown group name %r" % condname
                            raise source.error(msg, len(condname) + 1)
                    else:
                        try:
                            condgroup = int(condname)
                            if condgroup < 0:
                                raise ValueError
                        except ValueError:
                            msg = "bad character in group name %r" % condname
                            raise source.error(msg, len(condname) + 1) from None
                        if not condgroup:
                            raise source.error("bad group number",
                                               len(condname) + 1)
                        if condgroup >= MAXGROUPS:
                            msg = "invalid group reference %d" % condgroup
                            raise source.error(msg, len(condname) + 1)
                        if condgroup not in state.grouprefpos:
                            state.grouprefpos[condgroup] = (
                                source.tell() - len(condname) - 1
                            )
                        if not (condname.isdecimal() and condname.isascii()):
                            import warnings
                            warnings.warn(
                                "bad character in group name %s at position %d" %
                                (repr(condname) if source.istext else ascii(condname),
                                 source.tell() - len(condname) - 1),
                                DeprecationWarning, stacklevel=nested + 6
                            )
                    state.checklookbehindgroup(condgroup, source)
                    item_yes = _parse(source, state, verbose, nested + 1)
                    if source.match("|"):
                        item_no = _parse(source, state, verbose, nested + 1)
                        if source.next == "|":
                            raise source.error("conditional backref with more than two branches")
                    else:
                        item_no = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    subpatternappend((GROUPREF_EXISTS, (condgroup, item_yes, item_no)))
                    continue

                elif char == ">":
                    # non-capturing, atomic group
                    capture = False
                    atomic = True
                elif char in FLAGS or char == "-":
                    # flags
                    flags = _parse_flags(source, state, char)
                    if flags is None:  # global flags
                        if not first or subpattern:
                            raise source.error('global flags not at the start '
                                               'of the expression',
                                               source.tell() - start)
                        verbose = state.flags & SRE_FLAG_VERBOSE
                        continue

                    add_flags, del_flags = flags
                    capture = False
                else:
                    raise source.error("unknown extension ?" + char,
                                       len(char) + 1)

            # parse group contents
            if capture:
                try:
                    group = state.opengroup(name)
                except error as err:
                    raise source.error(err.msg, len(name) + 1) from None
            else:
                group = None
            sub_verbose = ((verbose or (add_flags & SRE_FLAG_VERBOSE)) and
                           not (del_flags & SRE_FLAG_VERBOSE))
            p = _parse_sub(source, state, sub_verbose, nested + 1)
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern",
                                   source.tell() - start)
            if group is not None:
                state.closegroup(group, p)
            if atomic:
                assert group is None
                subpatternappend((ATOMIC_GROUP, p))
            else:
                subpatternappend((SUBPATTERN, (group, add_flags, del_flags, p)))

        elif this == "^":
            subpatternappend((AT, AT_BEGINNING))

        elif this == "$":
            subpatternappend((AT, AT_END))

        else:
            raise AssertionError("unsupported special character %r" % (char,))

    # unpack non-capturing groups
    for i in range(len(subpattern))[::-1]:
        op, av = subpattern[i]
        if op is SUBPATTERN:
            group, add_flags, del_flags, p = av
            if group is None and not add_flags and not del_flags:
                subpattern[i: i+1] = p

    return subpattern

def _parse_flags(source, state, char):
    sourceget = source.get
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = FLAGS[char]
            if source.istext:
                if char == 'L':
                    msg = "bad inline flags: cannot use 'L' flag with a str pattern"
                    raise source.error(msg)
            else:
                if char == 'u':
                    msg = "bad inline flags: cannot use 'u' flag with a bytes pattern"
                    raise source.error(msg)
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                msg = "bad inline flags: flags 'a', 'u' and 'L' are incompatible"
                raise source.error(msg)
            char = sourceget()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = sourceget()
        if char is None:
            raise source.error("missing flag")
        if char not in FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = FLAGS[char]
            if flag & TYPE_FLAGS:
                msg = "bad inline flags: cannot turn off flags 'a', 'u' and 'L'"
                raise source.error(msg)
            del_flags |= flag
            char = sourceget()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    assert char == ":"
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags

def fix_flags(src, flags):
    # Check and fix flags according to the type of pattern (str or bytes)
    if isinstance(src, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & SRE_FLAG_ASCII:
            flags |= SRE_FLAG_UNICODE
        elif flags & SRE_FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags

def parse(str, flags=0, state=None):
    # parse 're' pattern into list of (opcode, argument) tuples

    source = Tokenizer(str)

    if state is None:
        state = State()
    state.flags = flags
    state.str = str

    p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)
    p.state.flags = fix_flags(str, p.state.flags)

    if source.next is not None:
        assert source.next == ")"
        raise source.error("unbalanced parenthesis")

    for g in p.state.grouprefpos:
        if g >= p.state.groups:
            msg = "invalid group reference %d" % g
            raise error(msg, str, p.state.grouprefpos[g])

    if flags & SRE_FLAG_DEBUG:
        p.dump()

    return p

def parse_template(source, state):
    # parse 're' replacement string into list of literals and
    # group references
    s = Tokenizer(source)
    sget = s.get
    groups = []
    literals = []
    literal = []
    lappend = literal.append
    def addgroup(index, pos):
        if index > state.groups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            literals.append(''.join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)
    groupindex = state.groupindex
    while True:
        this = sget()
        if this is None:
            break # end of replacement string
        if this[0] == "\\":
            # group
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    s.checkgroupname(name, 1, -1)
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name %r" % name) from None
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name,
                                      len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index,
                                      len(name) + 1)
                    if not (name.isdecimal() and name.isascii()):
                        import warnings
                        warnings.warn(
                            "bad character in group name %s at position %d" %
                            (repr(name) if s.istext else ascii(name),
                             s.tell() - len(name) - 1),
                            DeprecationWarning, stacklevel=5
                        )
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next in OCTDIGITS:
                    this += sget()
                    if s.next in OCTDIGITS:
                        this += sget()
                lappend(chr(int(this[1:], 8) & 0xff))
            elif c in DIGITS:
                isoctal = False
                if s.next in DIGITS:
                    this += sget()
                    if (c in OCTDIGITS and this[2] in OCTDIGITS and
                        s.next in OCTDIGITS):
                        this += sget()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error('octal escape value %s outside of '
                                          'range 0-0o377' % this, len(this))
                        lappend(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                try:
                    this = chr(ESCAPES[this][1])
                except KeyError:
                    if c in ASCIILETTERS:
                        raise s.error('bad escape %s' % this, len(this)) from None
                lappend(this)
        else:
            lappend(this)
    if literal:
        literals.append(''.join(literal))
    if not isinstance(source, str):
        # The tokenizer implicitly decodes bytes objects as latin-1, we must
        # therefore re-encode the final representation.
        literals = [None if s is None else s.encode('latin-1') for s in literals]
    return groups, literals

def expand_template(template, match):
    g = match.group
    empty = match.string[:0]
    groups, literals = template
    literals = literals[:]
    try:
        for index, group in groups:
            literals[index] = g(group) or empty
    except IndexError:
        raise error("invalid group reference %d" % index) from None
    return empty.join(literals)


# gclab: below CPython 3.11.7's re/_parser.py (verbatim above, so that a bad
# pattern's re.error is raised by its frames and lines: re/__init__.py's _compile
# calls it when gclab's own parser refuses a pattern) is gclab's own parser,
# _gclab_parse, which every pattern goes through first:
#
# The pattern parser of gclab's re: Python regex syntax to a node tree.
#
# Nodes are tuples; each node that depends on a flag carries it, so scoped
# flags ((?i:...)) need nothing at match time:
#     ('lit', ch, ignorecase)          ('any', dotall)   (ignorecase: False, 'a' or 'u', see _ic)
#     ('class', items, negated, ignorecase, ascii)
#         items: ('char', c) | ('range', lo, hi) | ('cat', 'd'|'D'|'w'|'W'|'s'|'S')
#     ('at', 'bol'|'eol'|'start'|'end'|'wordb'|'nwordb', multiline, ascii)
#     ('group', index or None, node)   ('alt', [node, ...])   ('seq', [node, ...])
#     ('repeat', node, min, max or None, greedy)
#     ('backref', index, ignorecase)   ('look', behind, negate, node, width)
#     ('atomic', node)                 (?>...) and the possessive *+ ++ ?+ {m,n}+
#     ('cond', group, yes, no or None) (?(group)yes|no)
# Error messages and positions are sre_parse's.


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


def _gclab_parse(pattern, flags=0):
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
