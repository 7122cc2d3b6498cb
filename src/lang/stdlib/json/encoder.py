"""JSONEncoder, after CPython 3.11's Lib/json/encoder.py (its pure-Python
path, which gives the same text as the C accelerator)."""

__all__ = ['JSONEncoder']

from _gclab import recursive_call as _recursive_call

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for i in range(0x20):
    ESCAPE_DCT.setdefault(chr(i), '\\u{0:04x}'.format(i))
del i

INFINITY = float('inf')


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    return '"' + ''.join([ESCAPE_DCT.get(c, c) for c in s]) + '"'


def _ascii_escape(c):
    try:
        return ESCAPE_DCT[c]
    except KeyError:
        n = ord(c)
        if n < 0x10000:
            return '\\u{0:04x}'.format(n)
        n -= 0x10000
        s1 = 0xd800 | ((n >> 10) & 0x3ff)
        s2 = 0xdc00 | (n & 0x3ff)
        return '\\u{0:04x}\\u{1:04x}'.format(s1, s2)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    return '"' + ''.join([c if ' ' <= c <= '~' and c not in '\\"' else _ascii_escape(c)
                          for c in s]) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class c_make_encoder:
    """_json.make_encoder (C: Modules/_json.c): the encoder that dumps()
    and encode() use without indent. Called as encoder(o, 0), it writes the
    whole document (encoder_listencode_obj and its list and dict helpers)
    and returns it as a 1-tuple; it calls `default` for any other object
    and raises CPython's C messages (no value named for a float out of
    range)."""
    __slots__ = ('markers', 'default', 'encoder', 'indent', 'key_separator',
                 'item_separator', 'sort_keys', 'skipkeys', 'allow_nan')

    def __init__(self, markers, default, encoder, indent, key_separator,
            item_separator, sort_keys, skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def __call__(self, obj, _current_indent_level):
        chunks = []
        self._encode_obj(chunks, obj)
        return (''.join(chunks),)

    def _encode_float(self, o):
        # encoder_encode_float
        if o != o or o in (INFINITY, -INFINITY):
            if not self.allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            if o > 0:
                return 'Infinity'
            if o < 0:
                return '-Infinity'
            return 'NaN'
        return float.__repr__(o)

    def _encode_obj(self, chunks, obj):
        # encoder_listencode_obj: the checks in C's order.
        if obj is None:
            chunks.append('null')
        elif obj is True:
            chunks.append('true')
        elif obj is False:
            chunks.append('false')
        elif isinstance(obj, str):
            chunks.append(self.encoder(obj))
        elif isinstance(obj, int):
            chunks.append(int.__repr__(obj))
        elif isinstance(obj, float):
            chunks.append(self._encode_float(obj))
        elif isinstance(obj, (list, tuple)):
            # encoder_listencode_obj guards each container (and each
            # default() and its result) with Py_EnterRecursiveCall.
            _recursive_call(' while encoding a JSON object', self._encode_list, chunks, obj)
        elif isinstance(obj, dict):
            _recursive_call(' while encoding a JSON object', self._encode_dict, chunks, obj)
        else:
            markers = self.markers
            if markers is not None:
                ident = id(obj)
                if ident in markers:
                    raise ValueError("Circular reference detected")
                markers[ident] = obj
            _recursive_call(' while encoding a JSON object', self._encode_default, chunks, obj)
            if markers is not None:
                del markers[ident]

    def _encode_default(self, chunks, obj):
        self._encode_obj(chunks, self.default(obj))

    def _encode_list(self, chunks, seq):
        # encoder_listencode_list
        if not seq:
            chunks.append('[]')
            return
        markers = self.markers
        if markers is not None:
            ident = id(seq)
            if ident in markers:
                raise ValueError("Circular reference detected")
            markers[ident] = seq
        chunks.append('[')
        first = True
        for value in seq:
            if first:
                first = False
            else:
                chunks.append(self.item_separator)
            # _encode_obj for an item, a nested container entered from
            # here (one frame less per level: the host's stack).
            if isinstance(value, (list, tuple)):
                _recursive_call(' while encoding a JSON object', self._encode_list, chunks, value)
            elif isinstance(value, dict):
                _recursive_call(' while encoding a JSON object', self._encode_dict, chunks, value)
            else:
                self._encode_obj(chunks, value)
        if markers is not None:
            del markers[ident]
        chunks.append(']')

    def _encode_dict(self, chunks, dct):
        # encoder_listencode_dict: the items as a list (PyMapping_Items),
        # sorted as (key, value) pairs with sort_keys.
        if not dct:
            chunks.append('{}')
            return
        markers = self.markers
        if markers is not None:
            ident = id(dct)
            if ident in markers:
                raise ValueError("Circular reference detected")
            markers[ident] = dct
        chunks.append('{')
        items = list(dct.items())
        if self.sort_keys:
            items.sort()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._encode_float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                chunks.append(self.item_separator)
            chunks.append(self.encoder(key))
            chunks.append(self.key_separator)
            # _encode_obj for an item, a nested container entered from
            # here (one frame less per level: the host's stack).
            if isinstance(value, (list, tuple)):
                _recursive_call(' while encoding a JSON object', self._encode_list, chunks, value)
            elif isinstance(value, dict):
                _recursive_call(' while encoding a JSON object', self._encode_dict, chunks, value)
            else:
                self._encode_obj(chunks, value)
        if markers is not None:
            del markers[ident]
        chunks.append('}')


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures (dict, list,
    tuple, str, int, float, True, False, None; `default` for the rest)."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan,
                _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)

            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))

            return text

        if (_one_shot and c_make_encoder is not None
                and self.indent is None):
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, self.indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
        else:
            _iterencode = _make_iterencode(
                markers, self.default, _encoder, self.indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
        _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot,
        ValueError=ValueError,
        dict=dict,
        float=float,
        id=id,
        int=int,
        isinstance=isinstance,
        list=list,
        str=str,
        tuple=tuple,
        _intstr=int.__repr__,
    ):

    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + _intstr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield _intstr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield _intstr(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]
    return _iterencode
