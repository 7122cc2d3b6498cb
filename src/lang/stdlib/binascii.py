"""binascii for gclab: conversions between binary data and ASCII, as
CPython 3.11's C module (Modules/binascii.c): hexlify/unhexlify,
base64 (a2b_base64 with strict_mode), uuencode, quoted-printable,
crc32 and crc_hqx, with the C module's errors (binascii.Error, a
ValueError, with its messages) and argument messages.

Functions taking binary data accept any bytes-like object (a buffer);
the a2b_* functions also accept an ASCII str.
"""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_NO_ARG = object()


def _buffer(data):
    """A Py_buffer argument ("y*"): the bytes of a bytes-like object."""
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        pass
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_data(data):
    """ascii_buffer_converter: bytes-like data or an ASCII-only str."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            pass
        raise ValueError('string argument should contain only ASCII characters')
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        pass
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _positional(name, args, low, high):
    """_PyArg_CheckPositional's messages."""
    n = len(args)
    if low <= n <= high:
        return
    if n < low:
        which = '' if low == high else 'at least '
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, which, low, '' if low == 1 else 's', n))
    which = '' if low == high else 'at most '
    raise TypeError('%s expected %s%d argument%s, got %d'
                    % (name, which, high, '' if high == 1 else 's', n))


def _keywords(name, args, kwargs, names, required, positional_max):
    """_PyArg_UnpackKeywords' checks for a clinic function whose parameters
    are `names` (the first `required` required, at most `positional_max`
    positional); returns the values, _NO_ARG for those not given."""
    total = len(args) + len(kwargs)
    if len(args) > positional_max:
        if positional_max == len(names):
            raise TypeError('%s() takes at most %d argument%s (%d given)'
                            % (name, len(names), '' if len(names) == 1 else 's', total))
        raise TypeError('%s() takes %s %d positional argument%s (%d given)'
                        % (name, 'exactly' if positional_max == required else 'at most',
                           positional_max, '' if positional_max == 1 else 's', len(args)))
    values = list(args) + [_NO_ARG] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, key))
        i = names.index(key)
        if i < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, key, i + 1))
        values[i] = value
    for i in range(required):
        if values[i] is _NO_ARG:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, names[i], i + 1))
    return values


# ---- hexadecimal -----------------------------------------------------------

def _hexlify(name, args, kwargs):
    data, sep, per = _keywords(name, args, kwargs, ['data', 'sep', 'bytes_per_sep'], 1, 3)
    data = _buffer(data)
    if sep is _NO_ARG:
        return data.hex().encode('ascii')
    if per is _NO_ARG:
        per = 1
    if isinstance(sep, str) and len(sep) == 1 and ord(sep) > 127:
        raise ValueError('sep must be ASCII.')
    return data.hex(sep, per).encode('ascii')


def b2a_hex(*args, **kwargs):
    """Hexadecimal representation of binary data.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

The return value is a bytes object.  This function is also
available as "hexlify()"."""
    return _hexlify('b2a_hex', args, kwargs)


def hexlify(*args, **kwargs):
    """Hexadecimal representation of binary data.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

The return value is a bytes object.  This function is also
available as "b2a_hex()"."""
    return _hexlify('hexlify', args, kwargs)


_HEX_VALUES = {}
for _i, _c in enumerate(b'0123456789abcdef'):
    _HEX_VALUES[_c] = _i
for _i, _c in enumerate(b'ABCDEF'):
    _HEX_VALUES[_c] = _i + 10
del _i, _c


def _unhexlify(name, args):
    _positional(name, args, 1, 1)
    data = _ascii_data(args[0])
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    values = _HEX_VALUES
    for i in range(0, len(data), 2):
        top = values.get(data[i])
        bot = values.get(data[i + 1])
        if top is None or bot is None:
            raise Error('Non-hexadecimal digit found')
        out.append((top << 4) | bot)
    return bytes(out)


def a2b_hex(*args):
    """Binary data of hexadecimal representation.

  hexstr
    Hexadecimal string.

hexstr must contain an even number of hex digits (upper or lower case).
This function is also available as "unhexlify()"."""
    return _unhexlify('a2b_hex', args)


def unhexlify(*args):
    """Binary data of hexadecimal representation.

  hexstr
    Hexadecimal string.

hexstr must contain an even number of hex digits (upper or lower case)."""
    return _unhexlify('unhexlify', args)


# ---- base64 ----------------------------------------------------------------

_B64_CHARS = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = [64] * 256
for _i, _c in enumerate(_B64_CHARS):
    _B64_VALUES[_c] = _i
del _i, _c


def b2a_base64(*args, **kwargs):
    """Base64-code line of data."""
    data, newline = _keywords('b2a_base64', args, kwargs, ['data', 'newline'], 1, 1)
    data = _buffer(data)
    newline = True if newline is _NO_ARG else bool(newline)
    chars = _B64_CHARS
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(chars[v >> 18])
        out.append(chars[(v >> 12) & 63])
        out.append(chars[(v >> 6) & 63])
        out.append(chars[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((chars[v >> 18], chars[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((chars[v >> 18], chars[(v >> 12) & 63], chars[(v >> 6) & 63])) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(*args, **kwargs):
    """Decode a line of base64 data.

  strict_mode
    When set to True, bytes that are not part of the base64 standard are not allowed.
    The same applies to excess data after padding (= / ==)."""
    data, strict = _keywords('a2b_base64', args, kwargs, ['data', 'strict_mode'], 1, 1)
    data = _ascii_data(data)
    strict = False if strict is _NO_ARG else bool(strict)
    # binascii_a2b_base64_impl: one pass over the characters.
    n = len(data)
    if strict and n > 0 and data[0] == 61:
        raise Error('Leading padding not allowed')
    values = _B64_VALUES
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    i = 0
    while i < n:
        ch = data[i]
        i += 1
        if ch == 61:        # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    # A complete pad sequence ends the data.
                    if strict and i < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = values[ch]
        if v >= 64:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | v) & 255)
            left = 0
    if quad_pos == 1:
        # One data character beyond a multiple of four cannot encode anything.
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


# ---- uuencode --------------------------------------------------------------

def b2a_uu(*args, **kwargs):
    """Uuencode line of data."""
    data, backtick = _keywords('b2a_uu', args, kwargs, ['data', 'backtick'], 1, 1)
    data = _buffer(data)
    backtick = False if backtick is _NO_ARG else bool(backtick)
    n = len(data)
    if n > 45:
        raise Error('At most 45 bytes at once')

    def char(v):
        return 96 if backtick and v == 0 else 32 + v

    out = bytearray([char(n & 63)])
    padded = bytes(data) + b'\0' * (-n % 3)
    for i in range(0, len(padded), 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out += bytes((char(v >> 18), char((v >> 12) & 63), char((v >> 6) & 63), char(v & 63)))
    out.append(10)
    return bytes(out)


def a2b_uu(*args):
    """Decode a line of uuencoded data."""
    _positional('a2b_uu', args, 1, 1)
    data = _ascii_data(args[0])
    if not data:
        return b'\0' * 32
    length = (data[0] - 32) & 63
    out = bytearray()
    bits = 0
    nbits = 0
    i = 1
    while len(out) < length:
        if i < len(data) and data[i] not in (10, 13):
            ch = data[i]
            if ch < 32 or ch > 96:
                raise Error('Illegal char')
            v = (ch - 32) & 63
        else:
            v = 0           # short line: missing characters count as zero
        i += 1
        bits = (bits << 6) | v
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 255)
            bits &= (1 << nbits) - 1
    # What follows the data may only be padding (spaces, backticks, newlines).
    while i < len(data):
        ch = data[i]
        if ch not in (32, 96, 10, 13) and ch != 32 + 64:
            raise Error('Trailing garbage')
        i += 1
    return bytes(out)


# ---- checksums -------------------------------------------------------------

_CRC32_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC32_TABLE.append(_c)
del _n, _c, _k


try:
    from _gclab import crc32 as _native_crc32
except ImportError:
    _native_crc32 = None


def _crc32(data, crc):
    if _native_crc32 is not None:
        return _native_crc32(bytes(data), crc)
    crc = ~crc & 0xffffffff
    table = _CRC32_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff


def _as_unsigned_int(value, bits):
    """The "I" format: an int, masked to an unsigned C int of `bits` bits."""
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(value, int):
        if hasattr(type(value), '__index__'):
            value = type(value).__index__(value)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value & ((1 << bits) - 1)


def crc32(*args):
    """Compute CRC-32 incrementally."""
    _positional('crc32', args, 1, 2)
    data = _buffer(args[0])
    crc = _as_unsigned_int(args[1], 32) if len(args) > 1 else 0
    return _crc32(data, crc)


def crc_hqx(*args):
    """Compute CRC-CCITT incrementally."""
    _positional('crc_hqx', args, 2, 2)
    data = _buffer(args[0])
    crc = _as_unsigned_int(args[1], 16)
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xffff
    return crc


# ---- quoted-printable ------------------------------------------------------

def a2b_qp(*args, **kwargs):
    """Decode a string of qp-encoded data."""
    data, header = _keywords('a2b_qp', args, kwargs, ['data', 'header'], 1, 2)
    data = _ascii_data(data)
    header = False if header is _NO_ARG else bool(header)
    out = bytearray()
    n = len(data)
    i = 0
    hexdigits = _HEX_VALUES
    while i < n:
        ch = data[i]
        if ch == 61:    # '='
            i += 1
            if i >= n:
                break   # a soft line break at the end
            if data[i] == 10 or data[i] == 13:
                # A soft line break: skip it.
                if data[i] == 13:
                    i += 1
                if i < n and data[i] == 10:
                    i += 1
                continue
            if data[i] == 61:
                out.append(61)
                i += 1
                continue
            if i + 1 < n and data[i] in hexdigits and data[i + 1] in hexdigits:
                out.append((hexdigits[data[i]] << 4) | hexdigits[data[i + 1]])
                i += 2
                continue
            out.append(61)
            continue
        if header and ch == 95:     # '_'
            out.append(32)
        else:
            out.append(ch)
        i += 1
    return bytes(out)


def b2a_qp(*args, **kwargs):
    """Encode a string using quoted-printable encoding.

On encoding, when istext is set, newlines are not encoded, and white
space at end of lines is.  When istext is not set, \\r and \\n (CR/LF)
are both encoded.  When quotetabs is set, space and tabs are encoded."""
    data, quotetabs, istext, header = _keywords(
        'b2a_qp', args, kwargs, ['data', 'quotetabs', 'istext', 'header'], 1, 4)
    data = _buffer(data)
    quotetabs = False if quotetabs is _NO_ARG else bool(quotetabs)
    istext = True if istext is _NO_ARG else bool(istext)
    header = False if header is _NO_ARG else bool(header)
    MAXLINE = 76
    crlf = False
    nl = data.find(b'\n')
    if nl > 0 and data[nl - 1] == 13:
        crlf = True
    out = bytearray()
    linelen = 0
    n = len(data)
    i = 0

    def quote(c):
        return b'=%02X' % c

    while i < n:
        c = data[i]
        at_eol = i + 1 == n or data[i + 1] == 10 or (i + 2 < n + 1 and data[i + 1] == 13 and i + 2 < n and data[i + 2] == 10)
        if (c > 126 or c == 61 or (header and c == 95)
                or (c == 46 and linelen == 0 and at_eol)
                or (not istext and (c == 13 or c == 10))
                or ((c == 9 or c == 32) and i + 1 == n)
                or (c < 33 and c != 13 and c != 10 and (quotetabs or (c != 9 and c != 32)))):
            if linelen + 3 >= MAXLINE:
                out += b'=\r\n' if crlf else b'=\n'
                linelen = 0
            out += quote(c)
            linelen += 3
            i += 1
            continue
        if istext and (c == 10 or (c == 13 and i + 1 < n and data[i + 1] == 10)):
            linelen = 0
            # Trailing whitespace before a line break is quoted.
            if out and out[-1] in (32, 9):
                last = out.pop()
                out += quote(last)
            out += b'\r\n' if crlf else b'\n'
            i += 2 if c == 13 else 1
            continue
        if i + 1 != n and data[i + 1] != 10 and linelen + 1 >= MAXLINE:
            out += b'=\r\n' if crlf else b'=\n'
            linelen = 0
        linelen += 1
        if header and c == 32:
            out.append(95)
        else:
            out.append(c)
        i += 1
    return bytes(out)
