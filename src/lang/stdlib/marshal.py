"""marshal for gclab: CPython 3.11's Python/marshal.c (w_object, r_object).

dumps/dump write the simple types (None, bool, StopIteration, Ellipsis,
int, float, complex, str, bytes and other bytes-like objects, tuple, list,
dict, set, frozenset) in marshal format `version` (0-4, default 4);
loads/load read them back. From version 3 on, an object whose reference
count is above one is entered in a table (w_ref: the type byte gets
FLAG_REF) and written again as a reference to its index; the count is the
one CPython's C code sees, this module's own references taken off. An int
or str has no observable count in gclab (an immediate value): it is taken
as shared, as a constant or a named value is in CPython, and equal values
as one object; a float or complex is taken as shared too (a constant's
reference from its code object is not counted in gclab). Code objects are not simulated (NotImplementedError).
Errors are marshal.c's: ValueError("unmarshallable object"), EOFError,
ValueError("bad marshal data (...)"), TypeError for a NULL object.
"""

import sys as _sys
from struct import pack as _pack, unpack as _unpack

version = 4

_FLAG_REF = 0x80
_MAX_DEPTH = 2000
_SIZE32_MAX = 0x7FFFFFFF


class _Unmarshallable(Exception):
    pass


class _TooDeep(Exception):
    pass


_CodeType = type((lambda: None).__code__)


def _is_array(v):
    array = _sys.modules.get('array')
    return array is not None and isinstance(v, array.array)


def _is_buffer(v):
    # PyObject_CheckBuffer: the bytes-like types gclab has.
    try:
        memoryview(v)
    except TypeError:
        return False
    return True


class _Writer:
    __slots__ = ('out', 'version', 'refs', 'depth')

    def __init__(self, version):
        self.out = []
        self.version = version
        self.refs = {} if version >= 3 else None
        self.depth = 0

    def w_long(self, x):
        self.out.append(_pack('<i', x))

    def w_pstring(self, data):
        self.w_long(len(data))
        self.out.append(bytes(data))

    def w_object(self, v, extra):
        # `extra`: the references this module's frames hold to v beyond the
        # ones CPython's C code would see when w_ref reads the count (the
        # caller's loop variable or _dumps' parameter, w_object's and w_ref's
        # parameters and sys.getrefcount's argument).
        self.depth += 1
        try:
            if self.depth > _MAX_DEPTH:
                raise _TooDeep()
            if v is None:
                self.out.append(b'N')
            elif v is StopIteration:
                self.out.append(b'S')
            elif v is Ellipsis:
                self.out.append(b'.')
            elif v is False:
                self.out.append(b'F')
            elif v is True:
                self.out.append(b'T')
            else:
                flag = self.w_ref(v, extra)
                if flag is not None:
                    self.w_complex_object(v, flag)
        finally:
            self.depth -= 1

    def w_ref(self, v, extra):
        """The flag to add to v's type byte, or None once a reference to an
        object already written has been written (marshal.c w_ref)."""
        if self.refs is None:
            return 0
        t = type(v)
        if t is int or t is str:
            key = (t, v)
        elif t is float or t is complex:
            # A program's float constants are shared (co_consts) in CPython,
            # and gclab does not count that reference: taken as shared.
            key = id(v)
        else:
            if _sys.getrefcount(v) - extra <= 1:
                return 0
            key = id(v)
        entry = self.refs.get(key)
        if entry is not None:
            self.out.append(b'r')
            self.w_long(entry[0])
            return None
        # The table keeps the object alive until the end, as the C one does.
        self.refs[key] = (len(self.refs), v)
        return _FLAG_REF

    def w_type(self, code, flag):
        self.out.append(bytes((ord(code) | flag,)))

    def w_complex_object(self, v, flag):
        t = type(v)
        version = self.version
        if t is int:
            if -0x80000000 <= v <= _SIZE32_MAX:
                self.w_type('i', flag)
                self.w_long(v)
            else:
                self.w_type('l', flag)
                n = -v if v < 0 else v
                digits = []
                while n:
                    digits.append(n & 0x7FFF)
                    n >>= 15
                self.w_long(-len(digits) if v < 0 else len(digits))
                for d in digits:
                    self.out.append(_pack('<H', d))
        elif t is float:
            if version > 1:
                self.w_type('g', flag)
                self.out.append(_pack('<d', v))
            else:
                self.w_type('f', flag)
                self.w_short_float(v)
        elif t is complex:
            if version > 1:
                self.w_type('y', flag)
                self.out.append(_pack('<d', v.real))
                self.out.append(_pack('<d', v.imag))
            else:
                self.w_type('x', flag)
                self.w_short_float(v.real)
                self.w_short_float(v.imag)
        elif t is bytes:
            self.w_type('s', flag)
            self.w_pstring(v)
        elif t is str:
            if version >= 4 and v.isascii():
                data = v.encode('ascii')
                # An identifier-like str is interned in CPython (a constant
                # of the program's code or an attribute name), as is ''.
                interned = v.isidentifier() or not v
                if len(data) < 256:
                    self.w_type('Z' if interned else 'z', flag)
                    self.out.append(bytes((len(data),)))
                    self.out.append(data)
                else:
                    self.w_type('A' if interned else 'a', flag)
                    self.w_pstring(data)
            else:
                data = v.encode('utf8', 'surrogatepass')
                if version >= 3 and (v.isidentifier() or not v):
                    self.w_type('t', flag)
                else:
                    self.w_type('u', flag)
                self.w_pstring(data)
        elif t is tuple:
            n = len(v)
            if version >= 4 and n < 256:
                self.w_type(')', flag)
                self.out.append(bytes((n,)))
            else:
                self.w_type('(', flag)
                self.w_long(n)
            for item in v:
                self.w_object(item, 4)
        elif t is list:
            self.w_type('[', flag)
            self.w_long(len(v))
            for item in v:
                self.w_object(item, 4)
        elif t is dict:
            self.w_type('{', flag)
            for key in v:
                self.w_object(key, 4)
                value = v[key]
                self.w_object(value, 4)
                value = None
            self.out.append(b'0')
        elif t is set or t is frozenset:
            self.w_type('<' if t is set else '>', flag)
            self.w_long(len(v))
            for item in v:
                self.w_object(item, 4)
        elif t is _CodeType:
            raise NotImplementedError("gclab: marshal of code objects is not simulated")
        elif _is_buffer(v):
            self.w_type('s', flag)
            with memoryview(v) as view:
                self.w_pstring(view.tobytes())
        elif _is_array(v):
            # An array.array exports its buffer in CPython (gclab's memoryview
            # does not see it): its bytes.
            self.w_type('s', flag)
            self.w_pstring(v.tobytes())
        else:
            self.w_type('?', flag)
            raise _Unmarshallable()

    def w_short_float(self, x):
        # PyOS_double_to_string(x, 'g', 17, 0, NULL), its length in one byte.
        text = ('%.17g' % x).encode('ascii')
        self.out.append(bytes((len(text),)))
        self.out.append(text)


def _c_stack():
    """marshal.c's w_object/r_object recurse in C, which takes nothing from
    the Python recursion limit (they stop at their own depth of 2000):
    while this module's frames (three per level) do the same walk, the
    limit is raised by what they need; the caller puts back the limit
    returned."""
    limit = _sys.getrecursionlimit()
    _sys.setrecursionlimit(limit + 3 * _MAX_DEPTH + 100)
    return limit


def _dumps(value, version, extra):
    w = _Writer(version)
    limit = _c_stack()
    try:
        w.w_object(value, extra)
    except _Unmarshallable:
        raise ValueError("unmarshallable object") from None
    except _TooDeep:
        raise ValueError("object too deeply nested to marshal") from None
    finally:
        _sys.setrecursionlimit(limit)
        w.refs = None
    return b''.join(w.out)


def _version_arg(version):
    if isinstance(version, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return version.__index__() if not isinstance(version, int) else version


def dumps(value, version=version, /):
    """Return the bytes object that would be written to a file by dump(value, file).

  value
    Must be a supported type.
  version
    Indicates the data format that dumps should use.

Raise a ValueError exception if value has (or contains an object that has) an
unsupported type."""
    # value is CPython's argument slot; the 4 references beyond C's are
    # _dumps', w_object's and w_ref's parameters and getrefcount's argument.
    return _dumps(value, _version_arg(version), 4)


def dump(value, file, version=version, /):
    """Write the value on the open file.

  value
    Must be a supported type.
  file
    Must be a writeable binary file.
  version
    Indicates the data format that dump should use.

If the value has (or contains an object that has) an unsupported type, a
ValueError exception is raised - but garbage data will also be written
to the file. The object will not be properly read back by load()."""
    data = _dumps(value, _version_arg(version), 4)
    file.write(data)


def _index_as_ssize(value):
    # PyNumber_AsSsize_t(res, PyExc_ValueError).
    if not isinstance(value, int):
        try:
            value = value.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__) from None
    return value


class _Reader:
    __slots__ = ('data', 'pos', 'refs', 'depth', 'file')

    def __init__(self, data, file=None):
        self.data = data
        self.pos = 0
        self.refs = []
        self.depth = 0
        self.file = file

    def r_string(self, n):
        if self.file is not None:
            # r_string on a file: readinto() a buffer of n bytes.
            buf = bytearray(n)
            read = self.file.readinto(buf)
            read = _index_as_ssize(read)
            if read != n:
                if read > n:
                    raise ValueError("read() returned too much data: %d bytes requested, %d returned"
                                     % (n, read))
                raise EOFError("EOF read where not expected")
            return bytes(buf)
        end = self.pos + n
        if end > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def r_byte(self):
        if self.file is not None:
            try:
                return self.r_string(1)[0]
            except EOFError:
                return -1
        if self.pos >= len(self.data):
            return -1
        b = self.data[self.pos]
        self.pos += 1
        return b

    def r_long(self):
        return _unpack('<i', self.r_string(4))[0]

    def r_float_str(self):
        n = self.r_byte()
        if n == -1:
            raise EOFError("EOF read where object expected")
        return float(self.r_string(n).decode('ascii'))

    def r_ref(self, v, flag):
        if flag:
            self.refs.append(v)
        return v

    def r_object(self):
        self.depth += 1
        try:
            if self.depth > _MAX_DEPTH:
                raise ValueError("recursion limit exceeded")
            code = self.r_byte()
            if code == -1:
                raise EOFError("EOF read where object expected")
            return self.r_typed(code & 0x7F, code & _FLAG_REF)
        finally:
            self.depth -= 1

    def r_typed(self, t, flag):
        c = chr(t)
        if c == '0':
            return _NULL
        if c == 'N':
            return None
        if c == 'S':
            return StopIteration
        if c == '.':
            return Ellipsis
        if c == 'F':
            return False
        if c == 'T':
            return True
        if c == 'i':
            return self.r_ref(self.r_long(), flag)
        if c == 'I':
            return self.r_ref(_unpack('<q', self.r_string(8))[0], flag)
        if c == 'l':
            n = self.r_long()
            if n < -_SIZE32_MAX or n > _SIZE32_MAX:
                raise ValueError("bad marshal data (long size out of range)")
            size = -n if n < 0 else n
            result = 0
            for i in range(size):
                d = _unpack('<H', self.r_string(2))[0]
                if d > 0x7FFF:
                    raise ValueError("bad marshal data (digit out of range in long)")
                if d == 0 and i == size - 1:
                    raise ValueError("bad marshal data (unnormalized long data)")
                result |= d << (15 * i)
            return self.r_ref(-result if n < 0 else result, flag)
        if c == 'f':
            return self.r_ref(self.r_float_str(), flag)
        if c == 'g':
            return self.r_ref(_unpack('<d', self.r_string(8))[0], flag)
        if c == 'x':
            real = self.r_float_str()
            imag = self.r_float_str()
            return self.r_ref(complex(real, imag), flag)
        if c == 'y':
            real, imag = _unpack('<dd', self.r_string(16))
            return self.r_ref(complex(real, imag), flag)
        if c == 's':
            n = self.r_long()
            if n < 0:
                raise ValueError("bad marshal data (bytes object size out of range)")
            return self.r_ref(bytes(self.r_string(n)), flag)
        if c in 'ut':
            n = self.r_long()
            if n < 0:
                raise ValueError("bad marshal data (string size out of range)")
            return self.r_ref(self.r_string(n).decode('utf8', 'surrogatepass'), flag)
        if c in 'aA':
            n = self.r_long()
            if n < 0:
                raise ValueError("bad marshal data (string size out of range)")
            return self.r_ref(self.r_string(n).decode('latin-1'), flag)
        if c in 'zZ':
            n = self.r_byte()
            if n == -1:
                raise EOFError("EOF read where object expected")
            return self.r_ref(self.r_string(n).decode('latin-1'), flag)
        if c == ')' or c == '(':
            if c == ')':
                n = self.r_byte()
                if n == -1:
                    raise EOFError("EOF read where object expected")
            else:
                n = self.r_long()
                if n < 0:
                    raise ValueError("bad marshal data (tuple size out of range)")
            index = self.reserve(flag)
            items = []
            for _ in range(n):
                item = self.r_object()
                if item is _NULL:
                    raise TypeError("NULL object in marshal data for tuple")
                items.append(item)
            return self.fill(index, tuple(items))
        if c == '[':
            n = self.r_long()
            if n < 0:
                raise ValueError("bad marshal data (list size out of range)")
            result = self.r_ref([], flag)
            for _ in range(n):
                item = self.r_object()
                if item is _NULL:
                    raise TypeError("NULL object in marshal data for list")
                result.append(item)
            return result
        if c == '{':
            result = self.r_ref({}, flag)
            while True:
                key = self.r_object()
                if key is _NULL:
                    break
                value = self.r_object()
                if value is _NULL:
                    break
                result[key] = value
            return result
        if c == '<' or c == '>':
            n = self.r_long()
            if n < 0:
                raise ValueError("bad marshal data (set size out of range)")
            if c == '<':
                result = self.r_ref(set(), flag)
                for _ in range(n):
                    item = self.r_object()
                    if item is _NULL:
                        raise TypeError("NULL object in marshal data for set")
                    result.add(item)
                return result
            index = self.reserve(flag)
            items = []
            for _ in range(n):
                item = self.r_object()
                if item is _NULL:
                    raise TypeError("NULL object in marshal data for set")
                items.append(item)
            return self.fill(index, frozenset(items))
        if c == 'r':
            n = self.r_long()
            if n < 0 or n >= len(self.refs):
                raise ValueError("bad marshal data (invalid reference)")
            v = self.refs[n]
            if v is _RESERVED:
                raise ValueError("bad marshal data (invalid reference)")
            return v
        if c == 'c':
            raise NotImplementedError("gclab: marshal of code objects is not simulated")
        raise ValueError("bad marshal data (unknown type code)")

    def reserve(self, flag):
        # r_ref_reserve: an immutable container's index is taken before its
        # items are read, its object put there once made (r_ref_insert).
        if not flag:
            return -1
        self.refs.append(_RESERVED)
        return len(self.refs) - 1

    def fill(self, index, v):
        if index >= 0:
            self.refs[index] = v
        return v


_NULL = object()
_RESERVED = object()


def _read_object(reader):
    limit = _c_stack()
    try:
        v = reader.r_object()
    finally:
        _sys.setrecursionlimit(limit)
    if v is _NULL:
        raise TypeError("NULL object in marshal data for object")
    return v


def loads(bytes, /):
    """Convert the bytes-like object to a value.

If no valid value is found, raise EOFError, ValueError or TypeError.  Extra
bytes in the input are ignored."""
    try:
        view = memoryview(bytes)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(bytes).__name__) from None
    with view:
        data = view.tobytes()
    return _read_object(_Reader(data))


def load(file, /):
    """Read one value from the open file and return it.

  file
    Must be readable binary file.

If no valid value is read (e.g. because the data has a different Python
version's incompatible marshal format), raise EOFError, ValueError or
TypeError.

Note: If an object containing an unsupported type was marshalled with
dump(), load() will substitute None for the unmarshallable type."""
    probe = file.read(0)
    if not isinstance(probe, (bytes, bytearray)):
        raise TypeError("file.read() returned not bytes but %s" % type(probe).__name__)
    return _read_object(_Reader(b'', file))
