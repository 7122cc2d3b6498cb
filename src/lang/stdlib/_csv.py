"""_csv for gclab: the C half of csv (CPython 3.11's Modules/_csv.c) as
Python: the Dialect type and its checks, reader (the C parser's states,
field_size_limit, QUOTE_NONNUMERIC floats, strict mode), writer
(writerow/writerows with the C quoting and escaping rules), the dialect
registry and Error, with the C module's messages.

The types keep C's names (_csv.Dialect, _csv.reader, _csv.writer,
_csv.Error) and attributes: a Dialect's attributes are read-only; a reader holds
its dialect, its input iterator and the row being built, a writer its
dialect and the bound `write` of its file (3.11's types are heap types
with GC, a Dialect included).
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

__doc__ = """CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(\",\") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.
"""


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024


class _ReadOnly:
    """A read-only member of a C type (PyMemberDef READONLY): reading gives
    the slot's value, assigning or deleting raises C's AttributeError."""

    def __init__(self, name, slot, owner):
        self._name = name
        self._slot = slot
        self._owner = owner

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (self._name, self._owner))

    def __delete__(self, obj):
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (self._name, self._owner))


# dialect_new's conversions (_set_char, _set_char_or_none, _set_str,
# _set_int, _set_bool): the value, or the default when not given.

_MISSING = object()


def _set_char(name, src, dflt):
    if src is _MISSING:
        return dflt
    if not isinstance(src, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _set_char_or_none(name, src, dflt):
    if src is _MISSING:
        return dflt
    if src is None:
        return None
    if not isinstance(src, str):
        raise TypeError('"%s" must be string or None, not %s'
                        % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _set_str(name, src, dflt):
    if src is _MISSING:
        return dflt
    if src is None:
        return None
    if not isinstance(src, str):
        raise TypeError('"%s" must be a string' % name)
    return src


def _set_int(name, src, dflt):
    if src is _MISSING:
        return dflt
    if type(src) is not int:
        raise TypeError('"%s" must be an integer' % name)
    return src


def _set_bool(name, src, dflt):
    if src is _MISSING:
        return dflt
    return bool(src)


_DIALECT_KWS = ('dialect', 'delimiter', 'doublequote', 'escapechar',
                'lineterminator', 'quotechar', 'quoting', 'skipinitialspace',
                'strict')


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    __slots__ = ('_1delimiter', '_2doublequote', '_3escapechar', '_4lineterminator',
                 '_5quotechar', '_6quoting', '_7skipinitialspace', '_8strict')

    def __new__(cls, *args, **kwargs):
        if len(args) > len(_DIALECT_KWS):
            raise TypeError("Dialect() takes at most %d arguments (%d given)"
                            % (len(_DIALECT_KWS), len(args) + len(kwargs)))
        given = dict(zip(_DIALECT_KWS, args))
        for key, value in kwargs.items():
            if key not in _DIALECT_KWS:
                raise TypeError("'%s' is an invalid keyword argument for this function"
                                % key)
            if key in given:
                raise TypeError("argument for Dialect() given by name ('%s') and "
                                "position (%d)" % (key, _DIALECT_KWS.index(key) + 1))
            given[key] = value
        dialect = given.pop('dialect', None)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            # A Dialect instance with nothing to change is used as it is.
            if isinstance(dialect, Dialect) and not given:
                return dialect
        src = {}
        for key in _DIALECT_KWS[1:]:
            if key in given:
                src[key] = given[key]
            elif dialect is not None:
                try:
                    src[key] = getattr(dialect, key)
                except AttributeError:
                    src[key] = _MISSING
            else:
                src[key] = _MISSING
        self = object.__new__(cls)
        self._1delimiter = _set_char('delimiter', src['delimiter'], ',')
        self._2doublequote = _set_bool('doublequote', src['doublequote'], True)
        self._3escapechar = _set_char_or_none('escapechar', src['escapechar'], None)
        self._4lineterminator = _set_str('lineterminator', src['lineterminator'], '\r\n')
        self._5quotechar = _set_char_or_none('quotechar', src['quotechar'], '"')
        self._6quoting = _set_int('quoting', src['quoting'], QUOTE_MINIMAL)
        self._7skipinitialspace = _set_bool('skipinitialspace', src['skipinitialspace'], False)
        self._8strict = _set_bool('strict', src['strict'], False)
        if self._6quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if src['quotechar'] is None and src['quoting'] is _MISSING:
            self._6quoting = QUOTE_NONE
        if self._6quoting != QUOTE_NONE and self._5quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self._4lineterminator is None:
            raise TypeError("lineterminator must be set")
        return self

    delimiter = _ReadOnly('delimiter', '_1delimiter', '_csv.Dialect')
    doublequote = _ReadOnly('doublequote', '_2doublequote', '_csv.Dialect')
    escapechar = _ReadOnly('escapechar', '_3escapechar', '_csv.Dialect')
    lineterminator = _ReadOnly('lineterminator', '_4lineterminator', '_csv.Dialect')
    quotechar = _ReadOnly('quotechar', '_5quotechar', '_csv.Dialect')
    quoting = _ReadOnly('quoting', '_6quoting', '_csv.Dialect')
    skipinitialspace = _ReadOnly('skipinitialspace', '_7skipinitialspace', '_csv.Dialect')
    strict = _ReadOnly('strict', '_8strict', '_csv.Dialect')

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


Dialect.__module__ = '_csv'


def _call_dialect(dialect_inst, kwargs):
    if dialect_inst is not _MISSING:
        return Dialect(dialect_inst, **kwargs)
    return Dialect(**kwargs)


def _unpack(args, lo, hi):
    # PyArg_UnpackTuple(args, "", lo, hi, ...): the name is empty.
    n = len(args)
    if n < lo:
        raise TypeError(" expected %s %d argument%s, got %d"
                        % ('at least' if lo != hi else 'exactly', lo,
                           '' if lo == 1 else 's', n))
    if n > hi:
        raise TypeError(" expected %s %d argument%s, got %d"
                        % ('at most' if lo != hi else 'exactly', hi,
                           '' if hi == 1 else 's', n))


# The parser's states (Modules/_csv.c ParserState).
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL,
 AFTER_ESCAPED_CRNL) = range(9)

# The end of a line given to the parser (not a character: NUL is data).
_EOL = None
_END = object()  # next()'s default: the input iterator is exhausted


class reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""
    __slots__ = ('_1dialect', '_2input_iter', '_3fields', '_field', '_state',
                 '_numeric_field', '_line_num')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.reader' instances")

    dialect = _ReadOnly('dialect', '_1dialect', '_csv.reader')
    line_num = _ReadOnly('line_num', '_line_num', '_csv.reader')

    def __iter__(self):
        return self

    def _reset(self):
        self._3fields = []
        self._field = []
        self._state = START_RECORD
        self._numeric_field = False

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric_field:
            self._numeric_field = False
            field = float(field)
        self._3fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process_char(self, c):
        d = self._1dialect
        state = self._state
        if state == START_RECORD:
            if c is _EOL:
                return            # an empty line: []
            if c == '\n' or c == '\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d._5quotechar and d._6quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d._3escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d._7skipinitialspace:
                pass
            elif c == d._1delimiter:
                self._save_field()
            else:
                if d._6quoting == QUOTE_NONNUMERIC:
                    self._numeric_field = True
                self._add_char(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = IN_FIELD
        elif state == IN_FIELD or state == AFTER_ESCAPED_CRNL:
            if state == AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d._3escapechar:
                self._state = ESCAPED_CHAR
            elif c == d._1delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add_char(c)
                self._state = IN_FIELD
        elif state == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d._3escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d._5quotechar and d._6quoting != QUOTE_NONE:
                if d._2doublequote:
                    self._state = QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d._6quoting != QUOTE_NONE and c == d._5quotechar:
                self._add_char(c)          # "" inside quotes is one "
                self._state = IN_QUOTED_FIELD
            elif c == d._1delimiter:
                self._save_field()
                self._state = START_FIELD
            elif c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif not d._8strict:
                self._add_char(c)
                self._state = IN_FIELD
            else:
                raise Error("'%s' expected after '%s'"
                            % (d._1delimiter, d._5quotechar))
        elif state == EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you "
                            "need to open the file in universal-newline mode?")

    def __next__(self):
        self._reset()
        while True:
            # Reader_iternext: the end of the input is not an exception
            # being handled while the "unexpected end" Error is raised.
            line = next(self._2input_iter, _END)
            if line is _END:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self._1dialect._8strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise StopIteration
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self._line_num += 1
            for c in line:
                self._process_char(c)
            self._process_char(_EOL)
            if self._state == START_RECORD:
                break
        fields = self._3fields
        self._3fields = None
        return fields


reader.__module__ = '_csv'
_Reader = reader


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)
"""
    _unpack(args, 1, 2)
    self = object.__new__(_Reader)
    self._line_num = 0
    self._1dialect = None
    self._2input_iter = None
    self._reset()
    self._2input_iter = iter(args[0])
    self._1dialect = _call_dialect(args[1] if len(args) > 1 else _MISSING, kwargs)
    return self


class writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""
    __slots__ = ('_1dialect', '_2write')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    dialect = _ReadOnly('dialect', '_1dialect', '_csv.writer')

    def _append(self, out, field, quoted, first):
        """join_append_data: the field's text (None: empty), quoted and
        escaped as the dialect says, after a delimiter unless first."""
        d = self._1dialect
        text = []
        if field is not None:
            specials = (d._1delimiter, d._3escapechar, d._5quotechar)
            for c in field:
                if c in specials or c in d._4lineterminator:
                    want_escape = False
                    if d._6quoting == QUOTE_NONE:
                        want_escape = True
                    else:
                        if c == d._5quotechar:
                            if d._2doublequote:
                                text.append(d._5quotechar)
                            else:
                                want_escape = True
                        elif c == d._3escapechar:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if d._3escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        text.append(d._3escapechar)
                text.append(c)
        if not first:
            out.append(d._1delimiter)
        if quoted:
            out.append(d._5quotechar)
            out.extend(text)
            out.append(d._5quotechar)
        else:
            out.extend(text)

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self._1dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        out = []
        nfields = 0
        for field in it:
            if d._6quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif d._6quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if isinstance(field, str):
                self._append(out, field, quoted, nfields == 0)
            elif field is None:
                self._append(out, None, quoted, nfields == 0)
            else:
                self._append(out, str(field), quoted, nfields == 0)
            nfields += 1
        if nfields > 0 and not out:
            # A record of one empty field is written as "".
            if d._6quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            self._append(out, None, True, True)
        out.append(d._4lineterminator)
        return self._2write(''.join(out))

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)
        return None


writer.__module__ = '_csv'
_Writer = writer


def _is_number(obj):
    # PyNumber_Check: the type has __index__, __int__, __float__ or is complex.
    t = type(obj)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__') or isinstance(obj, complex))


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)
"""
    _unpack(args, 1, 2)
    self = object.__new__(_Writer)
    self._1dialect = None
    try:
        self._2write = args[0].write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    self._1dialect = _call_dialect(args[1] if len(args) > 1 else _MISSING, kwargs)
    return self


def list_dialects():
    """Return a list of all know dialect names.
    names = csv.list_dialects()"""
    return list(_dialects)


def register_dialect(*args, **kwargs):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    _unpack(args, 1, 2)
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    dialect = _call_dialect(args[1] if len(args) > 1 else _MISSING, kwargs)
    _dialects[name] = dialect
    return None


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name.
    csv.unregister_dialect(name)"""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None
    return None


def get_dialect(name):
    """Return the dialect instance associated with name.
    dialect = csv.get_dialect(name)"""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.
    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)"
                        % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = limit
    return old


# The module's functions are C functions named reader and writer; the
# types are _csv.Reader and _csv.Writer (their __name__ 'reader' and
# 'writer'), as in CPython 3.11.
Reader = _Reader
Writer = _Writer
