"""struct for gclab: packing Python values into bytes and back, as
CPython 3.11's C module _struct does (struct.py re-exports it).

A format is an optional byte order character ('@' native, the default,
with native sizes and alignment; '=', '<', '>', '!' standard sizes without
alignment) and items of an optional count and a code: x pad byte, c char,
b/B/? one byte, h/H two, i/I four, l/L eight native (four standard), q/Q
eight, n/N/P eight (native only), e/f/d IEEE 754 half, single and double,
s a byte string of count bytes, p a Pascal string. The native layout is
that of 64-bit Linux, little-endian. Errors are struct.error with the C
module's messages (and OverflowError for a float too large for e or f).
"""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',
    'Struct',
    'error'
]


from math import copysign as _copysign


class error(Exception):
    pass


error.__module__ = 'struct'

# code -> (native size, standard size); native alignment is the native size.
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4),
    'l': (8, 4), 'L': (8, 4), 'q': (8, 8), 'Q': (8, 8),
    'n': (8, None), 'N': (8, None), 'P': (8, None),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
}
_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQNP'
_RANGE_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _parse(fmt):
    """(little_endian, native, [(code, count, offset)], size) of a format."""
    if isinstance(fmt, (bytes, bytearray)):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    native = True
    little = True
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        native = fmt[0] == '@'
        little = fmt[0] in '@=<'
        i = 1
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if '0' <= ch <= '9':
            j = i
            while j < n and '0' <= fmt[j] <= '9':
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            ch = fmt[i]
        i += 1
        sizes = _SIZES.get(ch)
        if sizes is None or (not native and sizes[1] is None):
            raise error('bad char in struct format')
        size = sizes[0] if native else sizes[1]
        if native and ch not in 'xcbB?sp':
            offset = (offset + size - 1) // size * size
        if count is None:
            count = 1
        items.append((ch, count, offset))
        offset += size * count
    return little, native, items, offset


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error('required argument is not an integer')


def _pack_int(code, v, size, native, little):
    v = _as_index(v)
    # The packer _struct.c uses: np_byte/np_ubyte in every table; the native
    # np_short/np_ushort (their own messages) natively and, on this
    # little-endian host, for '<' and '=' too (init_struct swaps the native
    # packer into lilendian_table where the sizes match); bp_int/bp_uint
    # for '>' and '!' (get_ulong first for 'H', so a negative value is
    # "argument out of range").
    named = code in 'bB' or (code in 'hH' and (native or little))
    order = 'little' if little else 'big'
    # np_void_p (PyLong_AsVoidPtr: a C long when negative, else unsigned)
    # and bp_longlong/bp_ulonglong (_PyLong_AsByteArray): their
    # OverflowError becomes s_pack_internal's "int too large to convert".
    wide = code == 'P' or (code in 'qQ' and not native and not little)
    if wide:
        lo = -2**63 if code != 'Q' else 0
        hi = 2**64 if code != 'q' else 2**63
        if not lo <= v < hi:
            raise error('int too large to convert')
        return (v & (2 ** (8 * size) - 1)).to_bytes(size, order)
    if code in _SIGNED or (code in 'BH' and named):
        # get_long: a C long first.
        if not -2**63 <= v < 2**63:
            raise error('argument out of range')
        if code in 'BH':
            hi = 2 ** (8 * size) - 1
            if not 0 <= v <= hi:
                raise error('%s format requires 0 <= number <= %d' % (_RANGE_NAMES[code], hi))
        elif size < 8:
            lo, hi = -2 ** (8 * size - 1), 2 ** (8 * size - 1) - 1
            if not lo <= v <= hi:
                if named:
                    raise error('%s format requires %d <= number <= %d' % (_RANGE_NAMES[code], lo, hi))
                raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        return (v & (2 ** (8 * size) - 1)).to_bytes(size, 'little' if little else 'big')
    # get_ulong: a C unsigned long first.
    if not 0 <= v < 2**64:
        raise error('argument out of range')
    if size < 8 and v >= 2 ** (8 * size):
        raise error("'%s' format requires 0 <= number <= %d" % (code, 2 ** (8 * size) - 1))
    return v.to_bytes(size, 'little' if little else 'big')


# (exponent bits, mantissa bits) of the IEEE 754 formats.
_FLOAT_FORMATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _round_half_even(num, den):
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    return q


def _float_bits(code, x, native):
    """The IEEE 754 bits of x in format code, rounded to nearest even
    (PyFloat_Pack2/4/8): OverflowError when a finite x is too large, inf
    in native f mode (a C cast)."""
    ebits, mbits = _FLOAT_FORMATS[code]
    bias = 2 ** (ebits - 1) - 1
    emax_field = 2 ** ebits - 1
    sign = 1 if _copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << (ebits + mbits)) | (emax_field << mbits) | (1 << (mbits - 1))
    if x in (float('inf'), float('-inf')):
        return (sign << (ebits + mbits)) | (emax_field << mbits)
    n, d = abs(x).as_integer_ratio()
    if n == 0:
        return sign << (ebits + mbits)
    e = n.bit_length() - d.bit_length()
    if (n << max(0, -e)) < (d << max(0, e)):
        e -= 1
    if e < 1 - bias:
        # Subnormal: the mantissa counts units of 2**(1 - bias - mbits).
        shift = mbits + bias - 1
        m = _round_half_even(n << shift, d)
        return (sign << (ebits + mbits)) | m
    shift = mbits - e
    m = _round_half_even(n << shift, d) if shift >= 0 else _round_half_even(n, d << -shift)
    if m == 2 ** (mbits + 1):
        m >>= 1
        e += 1
    field = e + bias
    if field >= emax_field:
        if native and code == 'f':
            return (sign << (ebits + mbits)) | (emax_field << mbits)
        raise OverflowError('float too large to pack with %s format' % code)
    return (sign << (ebits + mbits)) | (field << mbits) | (m - 2 ** mbits)


def _bits_float(code, bits):
    ebits, mbits = _FLOAT_FORMATS[code]
    bias = 2 ** (ebits - 1) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    field = (bits >> mbits) & (2 ** ebits - 1)
    m = bits & (2 ** mbits - 1)
    if field == 2 ** ebits - 1:
        return _copysign(float('nan'), sign) if m else sign * float('inf')
    if field == 0:
        return sign * (m * 2.0 ** (1 - bias - mbits))
    return sign * ((m + 2 ** mbits) * 2.0 ** (field - bias - mbits))


def _pack_float(code, v, native, little):
    if isinstance(v, float):
        x = v
    elif isinstance(v, int):
        try:
            x = float(v)
        except OverflowError:
            raise error('required argument is not a float') from None
    elif hasattr(type(v), '__float__'):
        x = float(v)
    elif hasattr(type(v), '__index__'):
        x = float(type(v).__index__(v))
    else:
        raise error('required argument is not a float')
    size = _SIZES[code][1]
    return _float_bits(code, x, native).to_bytes(size, 'little' if little else 'big')


def _bytes_of(buffer):
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, (bytearray, memoryview)):
        return bytes(buffer)
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __slots__ = ('_format', '_little', '_native', '_items', '_size', '_nargs', '__weakref__')

    def __init__(self, format):
        little, native, items, size = _parse(format)
        self._format = format.decode('latin-1') if isinstance(format, (bytes, bytearray)) else format
        self._little = little
        self._native = native
        self._items = items
        self._size = size
        self._nargs = sum(1 if code in 'sp' else count for code, count, _ in items if code != 'x')

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def _pack(self, name, args):
        if len(args) != self._nargs:
            raise error('%s expected %d items for packing (got %d)' % (name, self._nargs, len(args)))
        out = bytearray(self._size)
        k = 0
        little, native = self._little, self._native
        for code, count, offset in self._items:
            if code == 'x':
                continue
            if code in 'sp':
                v = args[k]
                k += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    data = bytes(v[:count])
                    out[offset:offset + len(data)] = data
                elif count:
                    data = bytes(v[:count - 1])
                    out[offset] = min(len(data), 255)
                    out[offset + 1:offset + 1 + len(data)] = data
                continue
            size = _SIZES[code][0] if native else _SIZES[code][1]
            for r in range(count):
                v = args[k]
                k += 1
                at = offset + r * size
                if code == 'c':
                    if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                        raise error('char format requires a bytes object of length 1')
                    out[at] = v[0]
                elif code == '?':
                    out[at] = 1 if v else 0
                elif code in 'efd':
                    out[at:at + size] = _pack_float(code, v, native, little)
                else:
                    out[at:at + size] = _pack_int(code, v, size, native, little)
        return bytes(out)

    def pack(self, *args):
        """S.pack(v1, v2, ...) -> bytes"""
        return self._pack('pack', args)

    def pack_into(self, buffer, offset, *args):
        """S.pack_into(buffer, offset, v1, v2, ...)"""
        data = self._pack('pack_into', args)
        offset = _as_index(offset)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self._size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)'
                        % (self._size + offset, self._size, offset, len(buffer)))
        buffer[offset:offset + self._size] = data

    def _unpack(self, data):
        out = []
        little, native = self._little, self._native
        order = 'little' if little else 'big'
        for code, count, offset in self._items:
            if code == 'x':
                continue
            if code == 's':
                out.append(data[offset:offset + count])
                continue
            if code == 'p':
                if count == 0:
                    out.append(b'')
                    continue
                n = min(data[offset], count - 1)
                out.append(data[offset + 1:offset + 1 + n])
                continue
            size = _SIZES[code][0] if native else _SIZES[code][1]
            for r in range(count):
                at = offset + r * size
                chunk = data[at:at + size]
                if code == 'c':
                    out.append(chunk)
                elif code == '?':
                    out.append(chunk != bytes(size))
                elif code in 'efd':
                    out.append(_bits_float(code, int.from_bytes(chunk, order)))
                else:
                    out.append(int.from_bytes(chunk, order, signed=code in _SIGNED))
        return tuple(out)

    def unpack(self, buffer):
        """S.unpack(buffer) -> (v1, v2, ...)"""
        data = _bytes_of(buffer)
        if len(data) != self._size:
            raise error('unpack requires a buffer of %d bytes' % self._size)
        return self._unpack(data)

    def unpack_from(self, buffer, offset=0):
        """S.unpack_from(buffer, offset=0) -> (v1, v2, ...)"""
        data = _bytes_of(buffer)
        offset = _as_index(offset)
        if offset < 0:
            if offset + len(data) < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self._size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)'
                        % (self._size + offset, self._size, offset, len(data)))
        return self._unpack(data[offset:offset + self._size])

    def iter_unpack(self, buffer):
        """S.iter_unpack(buffer) -> iterator(v1, v2, ...)"""
        data = _bytes_of(buffer)
        if self._size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self._size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self._size)
        return _unpack_iterator(self, data)


class _unpack_iterator:
    __slots__ = ('_struct', '_data', '_pos')

    def __init__(self, s, data):
        self._struct = s
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._struct is None or self._pos >= len(self._data):
            self._struct = None
            raise StopIteration
        size = self._struct._size
        chunk = self._data[self._pos:self._pos + size]
        self._pos += size
        return self._struct._unpack(chunk)

    def __length_hint__(self):
        if self._struct is None:
            return 0
        return (len(self._data) - self._pos) // self._struct._size


Struct.__module__ = '_struct'
_unpack_iterator.__name__ = _unpack_iterator.__qualname__ = 'unpack_iterator'
_unpack_iterator.__module__ = '_struct'


# The compiled formats, by format (the C module caches 100).
_cache = {}


def _compiled(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) >= 100:
            _cache.clear()
        s = Struct(fmt)
        _cache[fmt] = s
    return s


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _compiled(format).size


def pack(format, *args):
    """pack(format, v1, v2, ...) -> bytes"""
    return _compiled(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    """pack_into(format, buffer, offset, v1, v2, ...)"""
    return _compiled(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    """Return a tuple containing values unpacked according to the format string."""
    return _compiled(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """Return a tuple containing values unpacked according to the format string."""
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """Return an iterator yielding tuples unpacked from the given bytes."""
    return _compiled(format).iter_unpack(buffer)


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()
