"""JSONDecoder and JSONDecodeError, after CPython 3.11's Lib/json/decoder.py
and scanner.py (the pure-Python scanner; same results and errors as the C
one)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

from _gclab import recursive_call as _recursive_call

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_WS = ' \t\n\r'
_HEX = '0123456789abcdefABCDEF'


def _decode_uXXXX(s, pos):
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in 'xX' and all(c in _HEX for c in esc):
        return int(esc, 16)
    msg = "Invalid \\uXXXX escape"
    raise JSONDecodeError(msg, s, pos)


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string; end is the index after the
    opening quote. Returns (str, index after the closing quote)."""
    chunks = []
    _append = chunks.append
    begin = end - 1
    n = len(s)
    while 1:
        start = end
        while end < n and s[end] not in '"\\' and (s[end] >= ' ' or not strict):
            end += 1
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        content = s[start:end]
        terminator = s[end]
        end += 1
        if content:
            _append(content)
        if terminator == '"':
            break
        elif terminator != '\\':
            # The C scanner's message (it names no character).
            raise JSONDecodeError("Invalid control character at", s, end - 1)
        try:
            esc = s[end]
        except IndexError:
            raise JSONDecodeError("Unterminated string starting at",
                                  s, begin) from None
        if esc != 'u':
            try:
                char = BACKSLASH[esc]
            except KeyError:
                # The C scanner's message, at the backslash.
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        _append(char)
    return ''.join(chunks), end


scanstring = py_scanstring


def _skip_ws(s, end):
    n = len(s)
    while end < n and s[end] in _WS:
        end += 1
    return end


class _WhitespaceMatch:
    """The re.Match that WHITESPACE.match returns (C: _sre's Match): only
    end() is read."""
    __slots__ = ('_end',)

    def __init__(self, end):
        self._end = end

    def end(self):
        return self._end


class _WhitespacePattern:
    """CPython's WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS) (C: _sre's
    Pattern): JSONDecoder.decode calls its match, which always matches."""
    __slots__ = ()

    def match(self, s, pos=0):
        return _WhitespaceMatch(_skip_ws(s, pos))


WHITESPACE = _WhitespacePattern()


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None):
    s, end = s_and_end
    pairs = []
    pairs_append = pairs.append
    if memo is None:
        memo = {}
    memo_get = memo.setdefault
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar in _WS:
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
        if nextchar == '}':
            if object_pairs_hook is not None:
                result = object_pairs_hook(pairs)
                return result, end + 1
            pairs = {}
            if object_hook is not None:
                pairs = object_hook(pairs)
            return pairs, end + 1
        elif nextchar != '"':
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo_get(key, key)
        if s[end:end + 1] != ':':
            end = _skip_ws(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end += 1
        end = _skip_ws(s, end)
        # C's _parse_object_unicode: a missing value's StopIteration
        # propagates (raw_decode reports "Expecting value").
        value, end = scan_once(s, end)
        pairs_append((key, value))
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        elif nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end - 1)
    if object_pairs_hook is not None:
        result = object_pairs_hook(pairs)
        return result, end
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end


def JSONArray(s_and_end, scan_once):
    s, end = s_and_end
    values = []
    nextchar = s[end:end + 1]
    if nextchar in _WS:
        end = _skip_ws(s, end + 1)
        nextchar = s[end:end + 1]
    # Look-ahead for trivial empty array
    if nextchar == ']':
        return values, end + 1
    _append = values.append
    while True:
        # C's _parse_array_unicode: the same.
        value, end = scan_once(s, end)
        _append(value)
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            break
        elif nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _skip_ws(s, end)
    return values, end


def _match_number(s, idx):
    """NUMBER_RE of scanner.py: (-?(?:0|[1-9]\\d*))(\\.\\d+)?([eE][-+]?\\d+)?
    as (integer, fraction, exponent, end), or None."""
    n = len(s)
    i = idx
    if i < n and s[i] == '-':
        i += 1
    if i < n and s[i] == '0':
        i += 1
    elif i < n and '1' <= s[i] <= '9':
        i += 1
        while i < n and '0' <= s[i] <= '9':
            i += 1
    else:
        return None
    integer = s[idx:i]
    frac = None
    if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
        j = i + 1
        while j < n and '0' <= s[j] <= '9':
            j += 1
        frac = s[i:j]
        i = j
    exp = None
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and '0' <= s[j] <= '9':
            while j < n and '0' <= s[j] <= '9':
                j += 1
            exp = s[i:j]
            i = j
    return integer, frac, exp, i


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None

        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        elif nextchar == '{':
            # scan_once_unicode guards each container with Py_EnterRecursiveCall.
            return _recursive_call(' while decoding a JSON object from a unicode string', parse_object,
                (string, idx + 1), strict, _scan_once, object_hook, object_pairs_hook, memo)
        elif nextchar == '[':
            return _recursive_call(' while decoding a JSON array from a unicode string', parse_array,
                (string, idx + 1), _scan_once)
        elif nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5

        m = _match_number(string, idx)
        if m is not None:
            integer, frac, exp, end = m
            if frac or exp:
                res = parse_float(integer + (frac or '') + (exp or ''))
            else:
                res = parse_int(integer)
            return res, end
        elif nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        else:
            raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = py_make_scanner


class JSONDecoder(object):
    """Simple JSON decoder: objects become dicts (or what object_hook /
    object_pairs_hook make), arrays lists, strings str, numbers int or
    float (parse_int / parse_float), true/false/null True/False/None."""

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """Return the Python representation of the JSON document s."""
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s starting at idx: (object, end)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
