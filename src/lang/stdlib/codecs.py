"""codecs for gclab: the codec registry and its helpers (CPython 3.11's
Lib/codecs.py over the C module _codecs, with the encodings package's
codecs).

The codecs: utf-8, ascii, latin-1 (iso8859-1) and cp437 -- those the
runtime's str.encode and bytes.decode implement, with their error handlers
(strict, ignore, replace, backslashreplace, xmlcharrefreplace,
surrogateescape, surrogatepass) --, utf-8-sig, utf-16 and utf-32 (with a
BOM, or -le / -be), which str.encode and bytes.decode reach through
_text_codec, and the bytes-to-bytes and str-to-str
codecs rot-13, hex and base64, under the names and aliases the encodings
package knows; any other name goes to the encodings package's search
function (encodings/__init__.py, CPython's), whose modules are the 8-bit
charmap codecs (cp1252, iso8859_15, mac_roman, koi8_r, cp850, ...) over
charmap_decode / charmap_encode here. encode()/decode() wrap a codec's
TypeError or ValueError as CPython does ("encoding with 'hex' codec
failed (TypeError: ...)"). The error handlers are CPython's, surrogateescape
and surrogatepass included, and lookup_error / register_error reach them.

Not provided: open(), EncodedFile(), the StreamReader/StreamWriter
classes, the multibyte CJK codecs (LookupError: unknown encoding).
"""

import binascii as _binascii

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
                (self.__class__.__module__, self.__class__.__qualname__,
                 self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """An IncrementalEncoder encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Resets the encoder to the initial state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Set the current state of the encoder."""


class IncrementalDecoder(object):
    """An IncrementalDecoder decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Reset the decoder to the initial state."""

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        """Set the current state of the decoder."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps the bytes of an unfinished sequence
    for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    pass


class StreamReader(Codec):
    pass


class StreamReaderWriter:
    pass


class StreamRecoder:
    pass


# ---- the codecs ------------------------------------------------------------

def _check_str(name, input):
    if not isinstance(input, str):
        raise TypeError('%s() argument 1 must be str, not %s' % (name, type(input).__name__))


def _check_bytes(input):
    if isinstance(input, str) or not isinstance(input, (bytes, bytearray, memoryview)):
        try:
            return memoryview(input).tobytes()
        except TypeError:
            pass
        raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__)
    return bytes(input)


def _utf8_tail(data):
    """How many bytes at the end of data start a UTF-8 sequence that is
    not complete yet (kept by the incremental decoder)."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b < 0x80:
            return 0
        if b >= 0xc0:
            need = 2 if b < 0xe0 else 3 if b < 0xf0 else 4
            return back if need > back and b <= 0xf4 else 0
    return 0


def utf_8_encode(input, errors=None):
    _check_str('utf_8_encode', input)
    return (input.encode('utf-8', errors or 'strict'), len(input))


def utf_8_decode(input, errors=None, final=False):
    data = _check_bytes(input)
    keep = 0 if final else _utf8_tail(data)
    end = len(data) - keep
    return (data[:end].decode('utf-8', errors or 'strict'), end)


def ascii_encode(input, errors=None):
    _check_str('ascii_encode', input)
    return (input.encode('ascii', errors or 'strict'), len(input))


def ascii_decode(input, errors=None):
    data = _check_bytes(input)
    return (data.decode('ascii', errors or 'strict'), len(data))


def latin_1_encode(input, errors=None):
    _check_str('latin_1_encode', input)
    return (input.encode('latin-1', errors or 'strict'), len(input))


def latin_1_decode(input, errors=None):
    data = _check_bytes(input)
    return (data.decode('latin-1', errors or 'strict'), len(data))


def _cp437_encode(input, errors=None):
    _check_str('charmap_encode', input)
    return (input.encode('cp437', errors or 'strict'), len(input))


def _cp437_decode(input, errors=None):
    data = _check_bytes(input)
    return (data.decode('cp437', errors or 'strict'), len(data))


def _units(name, size, order, input, errors):
    out = bytearray()
    i = 0
    n = len(input)
    while i < n:
        cp = ord(input[i])
        if size == 2 and cp > 0xffff:
            cp -= 0x10000
            out += (0xd800 + (cp >> 10)).to_bytes(2, order)
            out += (0xdc00 + (cp & 0x3ff)).to_bytes(2, order)
        elif 0xd800 <= cp <= 0xdfff:
            # PyUnicode_EncodeUTF16/32: a lone surrogate goes to the error handler
            # (surrogatepass writes it as a code unit).
            if errors == 'surrogatepass':
                out += cp.to_bytes(size, order)
                i += 1
                continue
            exc = UnicodeEncodeError(name, input, i, i + 1, 'surrogates not allowed')
            rep, i = _handler_result(lookup_error(errors)(exc), False, n)
            if isinstance(rep, str):
                for c in rep:
                    if ord(c) >= 0x80:
                        raise exc
                    out += ord(c).to_bytes(size, order)
            else:
                if len(rep) % size:
                    raise exc
                out += rep
            continue
        else:
            out += cp.to_bytes(size, order)
        i += 1
    return bytes(out)


def _from_units(size, order, data, i, errors, final):
    """PyUnicode_DecodeUTF16Stateful / DecodeUTF32Stateful from data[i:]:
    (text, bytes consumed); errors name the codec by its byte order."""
    name = ('utf-16-' if size == 2 else 'utf-32-') + ('le' if order == 'little' else 'be')
    out = []
    n = len(data)

    def bad(start, end, reason):
        if errors == 'surrogatepass' and end - start == size:
            cp = int.from_bytes(data[start:end], order)
            if 0xd800 <= cp <= 0xdfff:
                out.append(chr(cp))
                return end
        exc = UnicodeDecodeError(name, data, start, end, reason)
        rep, pos = _handler_result(lookup_error(errors)(exc), True, n)
        out.append(rep)
        return pos

    while i < n:
        if i + size > n:
            if not final:
                break
            i = bad(i, n, 'truncated data')
            continue
        cp = int.from_bytes(data[i:i + size], order)
        if size == 2 and 0xd800 <= cp <= 0xdfff:
            if cp >= 0xdc00:
                i = bad(i, i + 2, 'illegal encoding')
                continue
            if i + 4 > n:
                if not final:
                    break
                i = bad(i, n, 'unexpected end of data')
                continue
            low = int.from_bytes(data[i + 2:i + 4], order)
            if 0xdc00 <= low <= 0xdfff:
                out.append(chr(0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00)))
                i += 4
                continue
            i = bad(i, i + 2, 'illegal UTF-16 surrogate')
            continue
        if size == 4 and (cp > 0x10ffff or 0xd800 <= cp <= 0xdfff):
            i = bad(i, i + 4, 'code point not in range(0x110000)' if cp > 0x10ffff
                    else 'code point in surrogate code point range(0xd800, 0xe000)')
            continue
        out.append(chr(cp))
        i += size
    return ''.join(out), i


def _utf_n(name, size):
    bom_le = BOM_UTF16_LE if size == 2 else BOM_UTF32_LE
    bom_be = BOM_UTF16_BE if size == 2 else BOM_UTF32_BE

    def encode(input, errors=None, byteorder=0):
        _check_str(name.replace('-', '_') + '_encode', input)
        errors = errors or 'strict'
        if byteorder == 0:
            return (bom_le + _units(name, size, 'little', input, errors), len(input))
        order = 'little' if byteorder < 0 else 'big'
        return (_units(name + ('-le' if byteorder < 0 else '-be'), size, order, input, errors), len(input))

    def decode(input, errors=None, final=False, order=None):
        data = _check_bytes(input)
        start = 0
        if order is None:
            order = 'little'
            if data.startswith(bom_le) and (size == 2 or data[:4] == bom_le):
                start = size
            elif data.startswith(bom_be):
                order = 'big'
                start = size
        return _from_units(size, order, data, start, errors or 'strict', final)

    return encode, decode


utf_16_encode, _utf_16_decode = _utf_n('utf-16', 2)
utf_32_encode, _utf_32_decode = _utf_n('utf-32', 4)


def utf_16_decode(input, errors=None, final=False):
    return _utf_16_decode(input, errors, final)


def utf_16_le_encode(input, errors=None):
    return utf_16_encode(input, errors, -1)


def utf_16_be_encode(input, errors=None):
    return utf_16_encode(input, errors, 1)


def utf_16_le_decode(input, errors=None, final=False):
    return _utf_16_decode(input, errors, final, 'little')


def utf_16_be_decode(input, errors=None, final=False):
    return _utf_16_decode(input, errors, final, 'big')


def utf_32_decode(input, errors=None, final=False):
    return _utf_32_decode(input, errors, final)


def utf_32_le_encode(input, errors=None):
    return utf_32_encode(input, errors, -1)


def utf_32_be_encode(input, errors=None):
    return utf_32_encode(input, errors, 1)


def utf_32_le_decode(input, errors=None, final=False):
    return _utf_32_decode(input, errors, final, 'little')


def utf_32_be_decode(input, errors=None, final=False):
    return _utf_32_decode(input, errors, final, 'big')


# ---- unicode_escape and raw_unicode_escape (unicodeobject.c's
# _PyUnicode_DecodeUnicodeEscapeInternal / PyUnicode_AsUnicodeEscapeString
# and the raw variants): Python string-literal escapes over latin-1 bytes.

_SIMPLE_ESCAPES = {
    ord('\n'): '', ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('b'): '\b',
    ord('f'): '\f', ord('t'): '\t', ord('n'): '\n', ord('r'): '\r', ord('v'): '\v',
    ord('a'): '\a',
}
_HEXDIGITS = b'0123456789abcdefABCDEF'


def _escape_decode(data, errors, final, raw, name):
    """(text, bytes consumed) of an escaped byte string; a truncated escape
    at the end is kept back unless final."""
    out = []
    n = len(data)
    i = 0
    errors = errors or 'strict'

    def bad(start, end, reason):
        exc = UnicodeDecodeError(name, data, start, end, reason)
        rep, pos = _handler_result(lookup_error(errors)(exc), True, n)
        out.append(rep)
        return pos

    while i < n:
        c = data[i]
        if c != 0x5c:
            out.append(chr(c))
            i += 1
            continue
        start = i
        if raw:
            # Only \uXXXX and \UXXXXXXXX after an odd number of backslashes.
            j = i
            while j < n and data[j] == 0x5c:
                j += 1
            if (j - i) % 2 == 0 or j >= n or data[j] not in b'uU':
                out.append('\\' * (j - i))
                i = j
                continue
            out.append('\\' * (j - i - 1))
            start = j - 1
            i = j
            size = 4 if data[i] == 0x75 else 8
            digits = data[i + 1:i + 1 + size]
            k = 0
            while k < len(digits) and digits[k] in _HEXDIGITS:
                k += 1
            if k < size:
                if not final and i + 1 + k >= n:
                    return ''.join(out), start
                i = bad(start, i + 1 + k, 'truncated \\uXXXX escape' if size == 4 else 'truncated \\UXXXXXXXX escape')
                continue
            cp = int(digits, 16)
            if cp > 0x10ffff:
                i = bad(start, i + 1 + size, '\\Uxxxxxxxx out of range')
                continue
            out.append(chr(cp))
            i += 1 + size
            continue
        if i + 1 >= n:
            if not final:
                return ''.join(out), start
            i = bad(start, n, '\\ at end of string')
            continue
        c = data[i + 1]
        i += 2
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            count = 1
            while count < 3 and i < n and 0x30 <= data[i] <= 0x37:
                value = value * 8 + data[i] - 0x30
                i += 1
                count += 1
            if value > 0o377:
                import warnings
                warnings.warn("invalid octal escape sequence '\\%o'" % value, DeprecationWarning, stacklevel=2)
            out.append(chr(value))
        elif c in b'xuU':
            size = 2 if c == 0x78 else 4 if c == 0x75 else 8
            digits = data[i:i + size]
            k = 0
            while k < len(digits) and digits[k] in _HEXDIGITS:
                k += 1
            if k < size:
                if not final and i + k >= n:
                    return ''.join(out), start
                i = bad(start, i + k, 'truncated \\xXX escape' if size == 2 else
                        'truncated \\uXXXX escape' if size == 4 else 'truncated \\UXXXXXXXX escape')
                continue
            cp = int(digits, 16)
            if cp > 0x10ffff:
                i = bad(start, i + size, 'illegal Unicode character')
                continue
            out.append(chr(cp))
            i += size
        elif c == 0x4e:
            if i < n and data[i] == 0x7b:
                close = data.find(b'}', i + 1)
                if close > i + 1:
                    import unicodedata
                    try:
                        out.append(unicodedata.lookup(data[i + 1:close].decode('latin-1')))
                        i = close + 1
                    except KeyError:
                        i = bad(start, close + 1, 'unknown Unicode character name')
                    continue
                if close < 0 and not final:
                    return ''.join(out), start
                i = bad(start, close + 1 if close > 0 else n, 'malformed \\N character escape')
                continue
            if i >= n and not final:
                return ''.join(out), start
            i = bad(start, i, 'malformed \\N character escape')
        else:
            import warnings
            warnings.warn("invalid escape sequence '\\%s'" % chr(c), DeprecationWarning, stacklevel=2)
            out.append('\\' + chr(c))
    return ''.join(out), i


def unicode_escape_decode(data, errors=None, final=True, /):
    text, used = _escape_decode(_check_bytes(data) if not isinstance(data, str) else data.encode('utf-8'),
                                errors, final, False, 'unicodeescape')
    return text, used


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    text, used = _escape_decode(_check_bytes(data) if not isinstance(data, str) else data.encode('utf-8'),
                                errors, final, True, 'rawunicodeescape')
    return text, used


def unicode_escape_encode(str, errors=None, /):
    _check_str('unicode_escape_encode', str)
    out = []
    for ch in str:
        cp = ord(ch)
        if cp >= 0x10000:
            out.append('\\U%08x' % cp)
        elif cp >= 0x100:
            out.append('\\u%04x' % cp)
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif cp < 0x20 or cp >= 0x7f:
            out.append('\\x%02x' % cp)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1'), len(str)


def raw_unicode_escape_encode(str, errors=None, /):
    _check_str('raw_unicode_escape_encode', str)
    out = []
    for ch in str:
        cp = ord(ch)
        if cp >= 0x10000:
            out.append('\\U%08x' % cp)
        elif cp >= 0x100:
            out.append('\\u%04x' % cp)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1'), len(str)


# ---- charmap codecs (Modules/_codecsmodule.c over unicodeobject.c's
# PyUnicode_DecodeCharmap / PyUnicode_EncodeCharmap), which the 8-bit codecs
# of the encodings package (encodings/cp1252.py, ...) call with their tables.

def _handler_result(result, decoding, length):
    """The (replacement, position) an error handler returned, checked as
    unicode_decode_call_errorhandler / unicode_encode_call_errorhandler do."""
    kinds = str if decoding else (str, bytes)
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[0], kinds) \
            or not isinstance(result[1], int):
        raise TypeError('decoding error handler must return (str, int) tuple' if decoding
                        else 'encoding error handler must return (str/bytes, int) tuple')
    pos = result[1]
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError('position %d from error handler out of bounds' % result[1])
    return result[0], pos


def _charmap_lookup(mapping, b):
    """The text byte b decodes to under mapping, or None (undefined):
    charmapdecode_lookup."""
    if isinstance(mapping, str):
        if b >= len(mapping) or mapping[b] == '\ufffe':
            return None
        return mapping[b]
    try:
        value = mapping[b]
    except LookupError:
        return None
    if value is None:
        return None
    if isinstance(value, int):
        if not 0 <= value <= 0x10ffff:
            raise TypeError('character mapping must be in range(0x110000)')
        return None if value == 0xfffe else chr(value)
    if isinstance(value, str):
        return None if value == '\ufffe' else value
    raise TypeError('character mapping must return integer, None or str')


def charmap_decode(data, errors=None, mapping=None, /):
    data = _check_bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    errors = errors or 'strict'
    if isinstance(mapping, str):
        # The table's fast path: every byte defined.
        text = data.decode('latin-1').translate(mapping)
        if len(mapping) >= 256 and '\ufffe' not in text:
            return (text, len(data))
    out = []
    i = 0
    n = len(data)
    while i < n:
        ch = _charmap_lookup(mapping, data[i])
        if ch is not None:
            out.append(ch)
            i += 1
            continue
        exc = UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
        text, i = _handler_result(lookup_error(errors)(exc), True, n)
        out.append(text)
    return (''.join(out), n)


def _charmap_byte(mapping, ch):
    """The bytes ch encodes to under mapping, or None: charmapencode_lookup."""
    try:
        value = mapping[ord(ch)]
    except LookupError:
        return None
    if value is None:
        return None
    if isinstance(value, int):
        if not 0 <= value < 256:
            raise TypeError('character mapping must be in range(256)')
        return bytes((value,))
    if isinstance(value, bytes):
        return value
    raise TypeError('character mapping must return integer, bytes or None, not %s' % type(value).__name__)


def charmap_encode(text, errors=None, mapping=None, /):
    _check_str('charmap_encode', text)
    if mapping is None:
        return latin_1_encode(text, errors)
    errors = errors or 'strict'
    out = bytearray()
    i = 0
    n = len(text)
    while i < n:
        b = _charmap_byte(mapping, text[i])
        if b is not None:
            out += b
            i += 1
            continue
        # charmap_encoding_error: the run of characters that cannot be encoded.
        end = i + 1
        while end < n and _charmap_byte(mapping, text[end]) is None:
            end += 1
        exc = UnicodeEncodeError('charmap', text, i, end, 'character maps to <undefined>')
        rep, pos = _handler_result(lookup_error(errors)(exc), False, n)
        if isinstance(rep, bytes):
            out += rep
        else:
            for c in rep:
                b = _charmap_byte(mapping, c)
                if b is None:
                    raise UnicodeEncodeError('charmap', text, i, end, 'character maps to <undefined>')
                out += b
        i = pos
    return (bytes(out), n)


def charmap_build(map, /):
    """The encoding map of a 256-character decoding table (CPython's C
    EncodingMap, a dict here): character -> byte."""
    _check_str('charmap_build', map)
    result = {}
    for i, c in enumerate(map):
        if c != '\ufffe':
            result[ord(c)] = i
    return result


def make_identity_dict(rng):
    """ make_identity_dict(rng) -> dict

        Return a dictionary where elements of the rng sequence are
        mapped to themselves.

    """
    return {i:i for i in rng}


def make_encoding_map(decoding_map):
    """ Creates an encoding map from a decoding map.

        If a target mapping in the decoding map occurs multiple
        times, then that target is mapped to None (undefined mapping),
        causing an exception when encountered by the charmap codec
        during translation.

        One example where this happens is cp875.py which decodes
        multiple character to \u001a.

    """
    m = {}
    for k,v in decoding_map.items():
        if not v in m:
            m[v] = k
        else:
            m[v] = None
    return m


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(input, errors='strict'):
    return (str.translate(input, _ROT13), len(input))


def _hex_encode(input, errors='strict'):
    assert errors == 'strict'
    return (_binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    assert errors == 'strict'
    return (_binascii.a2b_hex(input), len(input))


def _base64_encode(input, errors='strict'):
    assert errors == 'strict'
    data = _check_bytes(input)
    pieces = [_binascii.b2a_base64(data[i:i + 57]) for i in range(0, len(data), 57)]
    return (b''.join(pieces), len(input))


def _base64_decode(input, errors='strict'):
    assert errors == 'strict'
    return (_binascii.a2b_base64(input), len(input))


class _StatelessEncoder(IncrementalEncoder):
    def encode(self, input, final=False):
        return self._encode(input, self.errors)[0]


class _StatelessDecoder(IncrementalDecoder):
    def decode(self, input, final=False):
        return self._decode(input, self.errors)[0]


def _stateless_encoder(fn):
    return type('IncrementalEncoder', (_StatelessEncoder,), {'_encode': staticmethod(fn)})


def _stateless_decoder(fn):
    return type('IncrementalDecoder', (_StatelessDecoder,), {'_decode': staticmethod(fn)})


def _buffered_decoder(fn):
    return type('IncrementalDecoder', (BufferedIncrementalDecoder,), {'_buffer_decode': staticmethod(fn)})


def _info(name, encode, decode, buffered=None, text=True):
    decoder = _buffered_decoder(buffered) if buffered is not None else _stateless_decoder(decode)
    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=_stateless_encoder(encode),
                     incrementaldecoder=decoder, _is_text_encoding=text)


def _utf_8_decode_all(input, errors='strict'):
    return utf_8_decode(input, errors, True)


def _utf_16_decode_all(input, errors='strict'):
    return utf_16_decode(input, errors, True)


def _utf_32_decode_all(input, errors='strict'):
    return utf_32_decode(input, errors, True)


# encodings/utf_8_sig.py: UTF-8 with a BOM written first and skipped when
# read at the start.
def _utf_8_sig_encode(input, errors='strict'):
    return (BOM_UTF8 + utf_8_encode(input, errors)[0], len(input))


def _utf_8_sig_decode(input, errors='strict'):
    prefix = 0
    if input[:3] == BOM_UTF8:
        input = input[3:]
        prefix = 3
    (output, consumed) = utf_8_decode(input, errors, True)
    return (output, consumed + prefix)


class _Utf8SigIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.first = 1

    def encode(self, input, final=False):
        if self.first:
            self.first = 0
            return BOM_UTF8 + utf_8_encode(input, self.errors)[0]
        else:
            return utf_8_encode(input, self.errors)[0]

    def reset(self):
        IncrementalEncoder.reset(self)
        self.first = 1

    def getstate(self):
        return self.first

    def setstate(self, state):
        self.first = state


class _Utf8SigIncrementalDecoder(BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if self.first:
            if len(input) < 3:
                if BOM_UTF8.startswith(input):
                    # not enough data to decide if this really is a BOM
                    # => try again on the next call
                    return ("", 0)
                else:
                    self.first = 0
            else:
                self.first = 0
                if input[:3] == BOM_UTF8:
                    (output, consumed) = utf_8_decode(input[3:], errors, final)
                    return (output, consumed + 3)
        return utf_8_decode(input, errors, final)

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self.first = 1

    def getstate(self):
        state = BufferedIncrementalDecoder.getstate(self)
        # state[1] must be 0 here, as it isn't passed along to the caller
        return (state[0], self.first)

    def setstate(self, state):
        # state[1] will be ignored by BufferedIncrementalDecoder.setstate()
        BufferedIncrementalDecoder.setstate(self, state)
        self.first = state[1]


def _utf_8_sig_info():
    return CodecInfo(name='utf-8-sig', encode=_utf_8_sig_encode, decode=_utf_8_sig_decode,
                     incrementalencoder=_Utf8SigIncrementalEncoder,
                     incrementaldecoder=_Utf8SigIncrementalDecoder)


# encodings.search_function's normalized name -> the codec module's name.
_MODULES = {
    'utf_8': 'utf_8', 'utf8': 'utf_8', 'u8': 'utf_8', 'utf': 'utf_8', 'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8', 'cp65001': 'utf_8',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'ansi_x3.4_1968': 'ascii',
    'ansi_x3_4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii',
    'ibm367': 'ascii', 'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii', 'iso_ir_6': 'ascii',
    'us': 'ascii',
    'latin_1': 'latin_1', 'latin1': 'latin_1', 'l1': 'latin_1', 'iso8859_1': 'latin_1',
    'iso_8859_1': 'latin_1', '8859': 'latin_1', 'cp819': 'latin_1', 'latin': 'latin_1',
    'iso_8859_1_1987': 'latin_1', 'iso_ir_100': 'latin_1', 'ibm819': 'latin_1', 'csisolatin1': 'latin_1',
    'cp437': 'cp437', '437': 'cp437', 'ibm437': 'cp437',
    'utf_8_sig': 'utf_8_sig',
    'utf_16': 'utf_16', 'u16': 'utf_16', 'utf16': 'utf_16',
    'utf_16_le': 'utf_16_le', 'utf_16le': 'utf_16_le', 'unicodelittleunmarked': 'utf_16_le',
    'utf_16_be': 'utf_16_be', 'utf_16be': 'utf_16_be', 'unicodebigunmarked': 'utf_16_be',
    'utf_32': 'utf_32', 'u32': 'utf_32', 'utf32': 'utf_32',
    'utf_32_le': 'utf_32_le', 'utf_32le': 'utf_32_le',
    'utf_32_be': 'utf_32_be', 'utf_32be': 'utf_32_be',
    'rot_13': 'rot_13', 'rot13': 'rot_13',
    'hex_codec': 'hex_codec', 'hex': 'hex_codec',
    'base64_codec': 'base64_codec', 'base64': 'base64_codec', 'base_64': 'base64_codec',
    'unicode_escape': 'unicode_escape', 'raw_unicode_escape': 'raw_unicode_escape',
}

_CODECS = {
    'utf_8': lambda: _info('utf-8', utf_8_encode, _utf_8_decode_all, utf_8_decode),
    'ascii': lambda: _info('ascii', ascii_encode, ascii_decode),
    'latin_1': lambda: _info('iso8859-1', latin_1_encode, latin_1_decode),
    'cp437': lambda: _info('cp437', _cp437_encode, _cp437_decode),
    'utf_8_sig': _utf_8_sig_info,
    'utf_16': lambda: _info('utf-16', utf_16_encode, _utf_16_decode_all, utf_16_decode),
    'utf_16_le': lambda: _info('utf-16-le', utf_16_le_encode, lambda i, e='strict': utf_16_le_decode(i, e, True), utf_16_le_decode),
    'utf_16_be': lambda: _info('utf-16-be', utf_16_be_encode, lambda i, e='strict': utf_16_be_decode(i, e, True), utf_16_be_decode),
    'utf_32': lambda: _info('utf-32', utf_32_encode, _utf_32_decode_all, utf_32_decode),
    'utf_32_le': lambda: _info('utf-32-le', utf_32_le_encode, lambda i, e='strict': utf_32_le_decode(i, e, True), utf_32_le_decode),
    'utf_32_be': lambda: _info('utf-32-be', utf_32_be_encode, lambda i, e='strict': utf_32_be_decode(i, e, True), utf_32_be_decode),
    'rot_13': lambda: _info('rot-13', _rot13, _rot13, text=False),
    'hex_codec': lambda: _info('hex', _hex_encode, _hex_decode, text=False),
    'base64_codec': lambda: _info('base64', _base64_encode, _base64_decode, text=False),
    'unicode_escape': lambda: _info('unicode-escape', unicode_escape_encode,
                                    lambda i, e='strict': unicode_escape_decode(i, e, True),
                                    lambda i, e, f: unicode_escape_decode(i, e, f)),
    'raw_unicode_escape': lambda: _info('raw-unicode-escape', raw_unicode_escape_encode,
                                        lambda i, e='strict': raw_unicode_escape_decode(i, e, True),
                                        lambda i, e, f: raw_unicode_escape_decode(i, e, f)),
}

_search_functions = []
_cache = {}


def _normalize(encoding):
    # encodings.normalize_encoding, then the search function's lower().
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars).lower()


def _builtin_search(encoding):
    module = _MODULES.get(_normalize(encoding))
    if module is None:
        # The other codecs are the encodings package's modules (the 8-bit
        # charmap codecs): importing it registers its search function, as
        # CPython does at start-up.
        import encodings
        return encodings.search_function(encoding)
    return _CODECS[module]()


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = encoding.replace(' ', '_').lower()
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions + [_builtin_search]:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = info
            return info
    raise LookupError('unknown encoding: %s' % encoding)


def _wrapped(e, action, encoding):
    """_PyErr_TrySetFromCause: a codec's plain exception, re-raised with
    what was being done."""
    if isinstance(e, UnicodeError) or len(e.args) > 1 or getattr(e, '__dict__', None):
        return e
    for cls in type(e).__mro__:
        # Only exception types with BaseException's own __new__ and __init__.
        if cls.__module__ != 'builtins' and ('__init__' in cls.__dict__ or '__new__' in cls.__dict__):
            return e
    new = type(e)('%s with %r codec failed (%s: %s)' % (action, encoding, type(e).__name__, e))
    new.__cause__ = e
    return new


def _check_text(name, encoding, action):
    if not isinstance(encoding, str):
        raise TypeError("%s() argument '%s' must be str, not %s"
                        % (action, name, type(encoding).__name__))


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    _check_text('encoding', encoding, 'encode')
    _check_text('errors', errors, 'encode')
    codec = lookup(encoding)
    try:
        result = codec.encode(obj, errors)
    except Exception as e:
        raise _wrapped(e, 'encoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    _check_text('encoding', encoding, 'decode')
    _check_text('errors', errors, 'decode')
    codec = lookup(encoding)
    try:
        result = codec.decode(obj, errors)
    except Exception as e:
        raise _wrapped(e, 'decoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


def _text_codec(obj, encoding, errors, encoding_text):
    """str.encode / bytes.decode (and str(b, encoding)) with a codec the
    runtime does not implement itself (runtime/codecs.ts): CPython's
    _PyCodec_EncodeText / _PyCodec_DecodeText, then the check of
    PyUnicode_AsEncodedString / PyUnicode_Decode on the result."""
    codec = lookup(encoding)
    if not getattr(codec, '_is_text_encoding', True):
        raise LookupError("'%.400s' is not a text encoding; use codecs.%s() to handle arbitrary codecs"
                          % (encoding, 'encode' if encoding_text else 'decode'))
    action = 'encoding' if encoding_text else 'decoding'
    try:
        result = codec.encode(obj, errors) if encoding_text else codec.decode(obj, errors)
    except Exception as e:
        raise _wrapped(e, action, encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)' if encoding_text
                        else 'decoder must return a tuple (object,integer)')
    value = result[0]
    if encoding_text:
        if isinstance(value, bytearray):
            value = bytes(value)
        if not isinstance(value, bytes):
            raise TypeError("'%.400s' encoder returned '%.400s' instead of 'bytes'; use codecs.encode() "
                            "to encode to arbitrary types" % (encoding, type(value).__name__))
    elif not isinstance(value, str):
        raise TypeError("'%.400s' decoder returned '%.400s' instead of 'str'; use codecs.decode() "
                        "to decode to arbitrary types" % (encoding, type(value).__name__))
    return value


# encode and decode are _codecs' functions (Modules/_codecsmodule.c), which
# codecs.py re-exports: pickle writes bytes before protocol 3 as a call of
# _codecs.encode.
encode.__module__ = decode.__module__ = '_codecs'


def getencoder(encoding):
    """Lookup up the codec for the given encoding and return its encoder function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Lookup up the codec for the given encoding and return its decoder function."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """Lookup up the codec for the given encoding and return its IncrementalEncoder class or factory function."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """Lookup up the codec for the given encoding and return its IncrementalDecoder class or factory function."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    raise NotImplementedError('gclab: codecs stream readers are not supported')


def getwriter(encoding):
    raise NotImplementedError('gclab: codecs stream writers are not supported')


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    raise NotImplementedError('gclab: codecs.open is not supported (use open(..., encoding=...))')


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError('gclab: codecs.EncodedFile is not supported')


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encoding iterator."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decoding iterator."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# ---- error handlers ----------------------------------------------------------

def strict_errors(exc):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement marker."""
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, (UnicodeDecodeError, UnicodeTranslateError)):
        return ('\ufffd', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."""
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    """Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."""
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        out = []
        for c in exc.object[exc.start:exc.end]:
            cp = ord(c)
            out.append('\\x%02x' % cp if cp < 0x100 else '\\u%04x' % cp if cp < 0x10000 else '\\U%08x' % cp)
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    """Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."""
    import unicodedata
    if isinstance(exc, UnicodeEncodeError):
        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append('\\N{%s}' % unicodedata.name(c))
            except ValueError:
                cp = ord(c)
                out.append('\\x%02x' % cp if cp < 0x100 else '\\u%04x' % cp if cp < 0x10000 else '\\U%08x' % cp)
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _surrogateescape(exc):
    """PyCodec_SurrogateEscapeErrors: undecodable bytes 0x80-0xff as the
    lone surrogates U+DC80-U+DCFF, and those surrogates back as the bytes."""
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end][:4]:
            if b < 128:
                break
            out.append(chr(0xdc00 + b))
        if not out:
            raise exc
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xdc80 <= ord(c) <= 0xdcff:
                raise exc
            out.append(ord(c) - 0xdc00)
        return (bytes(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _surrogate_form(encoding):
    """The UTF a codec name stands for, as (unit size, byte order) -- utf-8 as
    size 1 --, or None: PyCodec_SurrogatePassErrors' get_standard_encoding."""
    name = _normalize(encoding)
    if name in ('utf_8', 'utf8'):
        return (1, None)
    for size, base in ((2, 'utf_16'), (4, 'utf_32')):
        if name in (base, base.replace('_', '')):
            return (size, 'little')
        for suffix, order in (('le', 'little'), ('be', 'big')):
            if name in (base + '_' + suffix, base + suffix):
                return (size, order)
    return None


def _surrogatepass(exc):
    """PyCodec_SurrogatePassErrors: lone surrogates written and read as the
    UTF's code units, which strict refuses."""
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    form = _surrogate_form(exc.encoding)
    if form is None:
        raise exc
    size, order = form
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            cp = ord(c)
            if not 0xd800 <= cp <= 0xdfff:
                raise exc
            if size == 1:
                out += bytes((0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)))
            else:
                out += cp.to_bytes(size, order)
        return (bytes(out), exc.end)
    data = exc.object[exc.start:exc.start + (3 if size == 1 else size)]
    if size == 1:
        if len(data) == 3 and data[0] & 0xf0 == 0xe0 and data[1] & 0xc0 == 0x80 and data[2] & 0xc0 == 0x80:
            cp = ((data[0] & 0x0f) << 12) + ((data[1] & 0x3f) << 6) + (data[2] & 0x3f)
        else:
            cp = 0
    else:
        cp = int.from_bytes(data, order) if len(data) == size else 0
    if not 0xd800 <= cp <= 0xdfff:
        raise exc
    return (chr(cp), exc.start + len(data))


_surrogateescape.__name__ = _surrogateescape.__qualname__ = 'surrogateescape'
_surrogatepass.__name__ = _surrogatepass.__qualname__ = 'surrogatepass'


_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors, 'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors, 'surrogateescape': _surrogateescape,
    'surrogatepass': _surrogatepass,
}


def register_error(name, handler):
    """Register the specified error handler under the name errors."""
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    """lookup_error(errors) -> handler"""
    try:
        return _error_handlers[name]
    except KeyError:
        pass
    raise LookupError('unknown error handler name %r' % name)
