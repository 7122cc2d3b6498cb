"""array for gclab: typed arrays of numbers and characters, as CPython
3.11's C module (Modules/arraymodule.c).

An array keeps its items as the Python values they read back as (an 'f'
item is already rounded to single precision) in storage the collector does
not see as an object of its own, as the C type's buffer is plain memory;
arrays are weakly referenceable, with no __dict__ (a subclass gets one). Each typecode checks what it stores with the C module's
conversion and its messages (`signed char is greater than maximum`,
`unsigned int is greater than maximum`, `int too big to convert`, ...).
tobytes()/frombytes() use the native layout of 64-bit Linux (little-endian,
'l' and 'L' of 8 bytes, 'u' of 4).

An array exports its buffer to memoryview (format = typecode, 'u' as
'w'): the view reads it through tobytes() and writes through
_buffer_write(); while a view of it is unreleased the array refuses to
change size (BufferError: cannot resize an array that is exporting
buffers), as array_resize does with ob_exports.
"""

import struct as _struct

try:
    from _gclab import embedded_list as _storage
except ImportError:
    _storage = list

try:
    from _gclab import buffer_exports as _buffer_exports
except ImportError:
    def _buffer_exports(a):
        return 0

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_SIGNED = 'bhilq'
_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1


def _as_int(v):
    """PyNumber_Index, as the "h", "i", "l" ... formats ask for it."""
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


def _range(v, low, high, what):
    if v > high:
        raise OverflowError('%s is greater than maximum' % what)
    if v < low:
        raise OverflowError('%s is less than minimum' % what)


def _c_long(v):
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')


def _check_b(v):
    v = _as_int(v)
    _c_long(v)
    _range(v, -32768, 32767, 'signed short integer')
    _range(v, -128, 127, 'signed char')
    return v


def _check_B(v):
    v = _as_int(v)
    _c_long(v)
    _range(v, 0, 255, 'unsigned byte integer')
    return v


def _check_h(v):
    v = _as_int(v)
    _c_long(v)
    _range(v, -32768, 32767, 'signed short integer')
    return v


def _check_H(v):
    v = _as_int(v)
    _c_long(v)
    _range(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
    _range(v, 0, 65535, 'unsigned short')
    return v


def _check_i(v):
    v = _as_int(v)
    _c_long(v)
    _range(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
    return v


def _unsigned_long(v):
    v = _as_int(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError('Python int too large to convert to C unsigned long')
    return v


def _check_I(v):
    v = _unsigned_long(v)
    if v > 2 ** 32 - 1:
        raise OverflowError('unsigned int is greater than maximum')
    return v


def _check_l(v):
    v = _as_int(v)
    _c_long(v)
    return v


def _check_L(v):
    return _unsigned_long(v)


def _check_q(v):
    v = _as_int(v)
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _check_Q(v):
    v = _as_int(v)
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _as_double(v):
    """PyFloat_AsDouble."""
    if isinstance(v, float):
        return float(v)
    if isinstance(v, int):
        return float(v)
    if hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        return float(v)
    raise TypeError('must be real number, not %s' % type(v).__name__)


def _check_f(v):
    return _struct.unpack('<f', _struct.pack('<f', _as_double(v)))[0]


def _check_d(v):
    return _as_double(v)


def _check_u(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError('array item must be unicode character')
    return v


_CHECK = {'b': _check_b, 'B': _check_B, 'u': _check_u, 'h': _check_h, 'H': _check_H,
          'i': _check_i, 'I': _check_I, 'l': _check_l, 'L': _check_L, 'q': _check_q,
          'Q': _check_Q, 'f': _check_f, 'd': _check_d}


def _encode(typecode, items):
    """The native bytes of the items."""
    if typecode in 'fd':
        return _struct.pack('<%d%s' % (len(items), typecode), *items)
    size = _ITEMSIZE[typecode]
    if typecode == 'u':
        return b''.join(ord(c).to_bytes(4, 'little') for c in items)
    signed = typecode in _SIGNED
    return b''.join(v.to_bytes(size, 'little', signed=signed) for v in items)


def _decode(typecode, data):
    size = _ITEMSIZE[typecode]
    n = len(data) // size
    if typecode in 'fd':
        return list(_struct.unpack('<%d%s' % (n, typecode), data))
    if typecode == 'u':
        out = []
        for i in range(0, len(data), 4):
            code = int.from_bytes(data[i:i + 4], 'little')
            if code > 0x10ffff:
                raise ValueError('character U+%x is not in range [U+0000; U+10ffff]' % code)
            out.append(chr(code))
        return out
    signed = typecode in _SIGNED
    return [int.from_bytes(data[i:i + size], 'little', signed=signed)
            for i in range(0, len(data), size)]


def _bytes_arg(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        pass
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _index_arg(i):
    if isinstance(i, int):
        return int(i)
    if hasattr(type(i), '__index__'):
        return type(i).__index__(i)
    raise TypeError('array indices must be integers')


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.

Arrays represent basic values and behave very much like lists, except
the type of objects stored in them is constrained. The type is specified
at object creation time by using a type code, which is a single character."""

    __slots__ = ('_typecode', '_items', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            what = ('a string of length %d' % len(typecode)) if isinstance(typecode, str) \
                else type(typecode).__name__
            raise TypeError('array() argument 1 must be a unicode character, not %s' % what)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = _storage()
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != 'u':
                    raise TypeError('cannot use a str to initialize an array with typecode %r'
                                    % typecode)
                self._items.extend(init)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array):
                if (init._typecode == 'u') != (typecode == 'u'):
                    raise TypeError('array item must be unicode character')
                check = _CHECK[typecode]
                self._items.extend([check(v) for v in init._items])
            else:
                check = _CHECK[typecode]
                self._items.extend([check(v) for v in init])
        return self

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._typecode

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._typecode]

    def _new(self, items):
        other = object.__new__(array)
        other._typecode = self._typecode
        other._items = _storage()
        other._items.extend(items)
        return other

    def _resize(self, newsize):
        # array_resize's check: no change of size while a memoryview holds the buffer.
        if newsize != len(self._items) and _buffer_exports(self):
            raise BufferError('cannot resize an array that is exporting buffers')

    def _buffer_write(self, offset, data):
        # A memoryview's write of `data` at byte `offset` of the buffer.
        size = _ITEMSIZE[self._typecode]
        first = offset // size
        last = (offset + len(data) - 1) // size + 1
        raw = bytearray(_encode(self._typecode, self._items[first:last]))
        start = offset - first * size
        raw[start:start + len(data)] = data
        self._items[first:last] = _decode(self._typecode, bytes(raw))

    def append(self, v):
        """Append new value v to the end of the array."""
        v = _CHECK[self._typecode](v)
        self._resize(len(self._items) + 1)
        self._items.append(v)

    def extend(self, iterable):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._resize(len(self._items) + len(iterable._items))
            self._items.extend(list(iterable._items))
            return
        check = _CHECK[self._typecode]
        for v in iterable:
            v = check(v)
            self._resize(len(self._items) + 1)
            self._items.append(v)

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        i = _as_int(i)
        v = _CHECK[self._typecode](v)
        self._resize(len(self._items) + 1)
        self._items.insert(i, v)

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array.

i defaults to -1."""
        i = _as_int(i)
        if not self._items:
            raise IndexError('pop from empty array')
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('pop index out of range')
        self._resize(n - 1)
        return self._items.pop(i)

    def remove(self, v):
        """Remove the first occurrence of v in the array."""
        for i, item in enumerate(self._items):
            if item == v:
                self._resize(len(self._items) - 1)
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=9223372036854775807):
        """Return index of first occurrence of v in the array.

Raise ValueError if the value is not present."""
        n = len(self._items)
        start = _as_int(start)
        stop = _as_int(stop)
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        """Return number of occurrences of v in the array."""
        return sum(1 for item in self._items if item == v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, values):
        """Append items to array from list."""
        if not isinstance(values, list):
            raise TypeError('arg must be list')
        check = _CHECK[self._typecode]
        values = [check(v) for v in values]
        self._resize(len(self._items) + len(values))
        self._items.extend(values)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        return _encode(self._typecode, self._items)

    def frombytes(self, data):
        """Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."""
        data = _bytes_arg(data)
        if len(data) % _ITEMSIZE[self._typecode]:
            raise ValueError('bytes length not a multiple of item size')
        self._resize(len(self._items) + len(data) // _ITEMSIZE[self._typecode])
        self._items.extend(_decode(self._typecode, data))

    def tounicode(self):
        """Extends this array with data from the unicode string ustr.

Convert the array to a unicode string.  The array must be a unicode type array;
otherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a
unicode string from an array of some other type."""
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        """Extends this array with data from the unicode string ustr.

The array must be a unicode type array; otherwise a ValueError is raised.
Use array.frombytes(ustr.encode(...)) to append Unicode data to an array of
some other type."""
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._resize(len(self._items) + len(s))
        self._items.extend(s)

    def tofile(self, f):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n):
        """Read n objects from the file object f and append them to the end of the array."""
        n = _as_int(n)
        if n < 0:
            raise ValueError('negative count')
        size = _ITEMSIZE[self._typecode]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        self.frombytes(data)
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.

The length should be multiplied by the itemsize attribute to calculate
the buffer length in bytes."""
        return (id(self._items), len(self._items))

    def byteswap(self):
        """Byteswap all items of the array.

If the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is
raised."""
        size = _ITEMSIZE[self._typecode]
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items[:] = _decode(self._typecode, swapped)

    def __bytes__(self):
        return self.tobytes()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return _arrayiterator_new(self)

    def __contains__(self, v):
        for item in self._items:
            if item == v:
                return True
        return False

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        i = _index_arg(i)
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('array index out of range')
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            items = list(v._items)
            start, stop, step = i.indices(len(self._items))
            if step != 1 and len(items) != len(range(start, stop, step)):
                raise ValueError('attempt to assign array of size %d to extended slice of size %d'
                                 % (len(items), len(range(start, stop, step))))
            if step == 1:
                self._resize(len(self._items) - len(range(start, stop)) + len(items))
            self._items[i] = items
            return
        i = _index_arg(i)
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('array assignment index out of range')
        self._items[i] = _CHECK[self._typecode](v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            self._resize(len(self._items) - len(range(*i.indices(len(self._items)))))
            del self._items[i]
            return
        i = _index_arg(i)
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('array assignment index out of range')
        self._resize(n - 1)
        del self._items[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        return self._new(list(self._items) + list(other._items))

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            return NotImplemented
        return self._new(list(self._items) * _as_int(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            return NotImplemented
        items = list(self._items) * _as_int(n)
        self._resize(len(items))
        self._items[:] = items
        return self

    def _compare(self, other):
        if not isinstance(other, array):
            return None
        return list(self._items), list(other._items)

    def __eq__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    __hash__ = None

    def __copy__(self):
        """Return a copy of the array."""
        return self._new(self._items)

    def __deepcopy__(self, unused):
        """Return a copy of the array."""
        return self._new(self._items)

    def __reduce_ex__(self, protocol):
        """Return state information for pickling."""
        state = getattr(self, '__dict__', None)
        return (type(self), (self._typecode, list(self._items)), state or None)

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return '%s(%r)' % (name, self._typecode)
        if self._typecode == 'u':
            return '%s(%r, %r)' % (name, self._typecode, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._typecode, list(self._items))


array.__module__ = 'array'
ArrayType = array


class arrayiterator:
    __slots__ = ('_array', '_index')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'array.arrayiterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        a = self._array
        if a is None:
            raise StopIteration
        if self._index < len(a._items):
            v = a._items[self._index]
            self._index += 1
            return v
        self._array = None
        raise StopIteration

    def __reduce__(self):
        if self._array is None:
            return (iter, ([],))
        return (iter, (self._array,), self._index)

    def __setstate__(self, state):
        self._index = _as_int(state)


arrayiterator.__module__ = 'array'


def _arrayiterator_new(a):
    it = object.__new__(arrayiterator)
    it._array = a
    it._index = 0
    return it


# Modules/arraymodule.c's machine format codes: (struct format, item size) of
# each, for _array_reconstructor (what array_reduce_ex pickles with from
# protocol 3 on).
_MFORMATS = {
    0: ('<B', 1), 1: ('<b', 1), 2: ('<H', 2), 3: ('>H', 2), 4: ('<h', 2), 5: ('>h', 2),
    6: ('<I', 4), 7: ('>I', 4), 8: ('<i', 4), 9: ('>i', 4), 10: ('<Q', 8), 11: ('>Q', 8),
    12: ('<q', 8), 13: ('>q', 8), 14: ('<f', 4), 15: ('>f', 4), 16: ('<d', 8), 17: ('>d', 8),
    18: ('utf-16-le', 2), 19: ('utf-16-be', 2), 20: ('utf-32-le', 4), 21: ('utf-32-be', 4),
}


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Internal. Used for pickling support."""
    if not isinstance(arraytype, type):
        raise TypeError("first argument must be a type object, not %s" % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError("%s is not a subtype of array.array" % arraytype.__name__)
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError("array_reconstructor() argument 2 must be a unicode character, not %s"
                        % type(typecode).__name__)
    if typecode not in typecodes:
        raise ValueError("second argument must be a valid type code")
    mformat_code = _as_int(mformat_code)
    if mformat_code not in _MFORMATS:
        raise ValueError("third argument must be a valid machine format code.")
    if not isinstance(items, bytes):
        raise TypeError("fourth argument should be bytes, not %s" % type(items).__name__)
    fmt, size = _MFORMATS[mformat_code]
    if len(items) % size:
        raise ValueError("string length not a multiple of item size")
    if mformat_code >= 18:
        values = items.decode(fmt)
        if typecode != 'u':
            raise ValueError("second argument must be a valid type code")
    else:
        values = [v for (v,) in _struct.iter_unpack(fmt, items)]
    return arraytype(typecode, values)
