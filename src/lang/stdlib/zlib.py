"""zlib for gclab: CPython's C module zlib over zlib 1.2.13's algorithms
written in TypeScript (src/lang/runtime/modules/deflate.ts, inflate.ts):
compress and compressobj give python3's bytes for every level, window
size, memLevel and strategy, with a zdict (zlib, raw and gzip
containers) and Compress.copy(); decompress and decompressobj (unused_data, unconsumed_tail,
eof, max_length, flush, copy) with zlib's error messages; crc32 and
adler32; the constants and zlib.error. Level 0 (stored blocks) gives the
same data in blocks cut as zlib's older deflate_stored cut them (1.2.13
sizes its blocks by CPython's output buffer), so its length may differ
from python3's by a few bytes.
"""

try:
    import _gclab
    from _gclab import crc32 as _crc32, adler32 as _adler32
except ImportError:
    _gclab = None
    import binascii as _binascii

    def _crc32(data, value):
        return _binascii.crc32(data, value)

    def _adler32(data, value):
        a, b = value & 0xffff, value >> 16
        for byte in data:
            a = (a + byte) % 65521
            b = (b + a) % 65521
        return (b << 16) | a


class error(Exception):
    pass


error.__module__ = 'zlib'

ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'
MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


def _checksum(name, fn, args, kwargs):
    if kwargs:
        raise TypeError('zlib.%s() takes no keyword arguments' % name)
    if not args:
        raise TypeError('%s expected at least 1 argument, got 0' % name)
    if len(args) > 2:
        raise TypeError('%s expected at most 2 arguments, got %d' % (name, len(args)))
    data = args[0]
    if not isinstance(data, (bytes, bytearray)):
        try:
            data = memoryview(data).tobytes()
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None
    value = args[1] if len(args) > 1 else (0 if name == 'crc32' else 1)
    if isinstance(value, float) or not isinstance(value, int):
        if not isinstance(value, float) and hasattr(type(value), '__index__'):
            value = type(value).__index__(value)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    # The "I" format: the value masked to an unsigned C int.
    return fn(bytes(data), int(value) & 0xffffffff)


def crc32(*args, **kwargs):
    """Compute a CRC-32 checksum of data.

  value
    Starting value of the checksum.

The returned checksum is an integer."""
    return _checksum('crc32', _crc32, args, kwargs)


def adler32(*args, **kwargs):
    """Compute an Adler-32 checksum of data.

  value
    Starting value of the checksum.

The returned checksum is an integer."""
    return _checksum('adler32', _adler32, args, kwargs)


def _bytes_arg(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _int_arg(value):
    if isinstance(value, int):
        return int(value)
    if not isinstance(value, float) and hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _valid_deflate(level, wbits, memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY):
    # deflateInit2's checks (Z_STREAM_ERROR); wbits 8 means 9 for a zlib stream only.
    if level == -1:
        level = 6
    if not 0 <= level <= 9 or not 1 <= memLevel <= 9 or not 0 <= strategy <= 4:
        return False
    if wbits < 0:
        return 9 <= -wbits <= 15
    if wbits > 15:
        return 9 <= wbits - 16 <= 15
    return 8 <= wbits <= 15


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data.

  data
    Binary data to be compressed.
  level
    Compression level, in 0-9 or -1.
  wbits
    The window buffer size and container format."""
    data = _bytes_arg(data)
    level = _int_arg(level)
    wbits = _int_arg(wbits)
    if not _valid_deflate(level, wbits):
        raise error('Bad compression level')
    stream = _gclab.deflate_new(level, wbits, DEF_MEM_LEVEL)
    return _gclab.deflate_step(stream, data, Z_FINISH)


def _wrap_bits(wbits):
    # inflateInit2's checks: the formats and window sizes zlib accepts.
    if wbits == 0 or 8 <= wbits <= 15 or -15 <= wbits <= -8 or 24 <= wbits <= 31 or 40 <= wbits <= 47:
        return True
    return False


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data.

  data
    Compressed data.
  wbits
    The window buffer size and container format.
  bufsize
    The initial output buffer size."""
    data = _bytes_arg(data)
    wbits = _int_arg(wbits)
    bufsize = _int_arg(bufsize)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    if not _wrap_bits(wbits):
        raise error('Error -2 while preparing to decompress data: inconsistent stream state')
    out, done, end, message = _gclab.inflate(data, wbits, None, -1)
    if message is not None:
        raise _inflate_error(message)
    if not done:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out


_TOKEN = object()


def _refuse_pickle(obj, protocol):
    # object.__reduce_ex__ of zlib's C types: copyreg (protocols 0, 1) names
    # the class, which the zlib module does not expose; object_getstate
    # refuses from protocol 2 on.
    name = type(obj).__name__
    if protocol < 2:
        import pickle
        raise pickle.PicklingError("Can't pickle <class 'zlib.%s'>: attribute lookup %s on zlib failed"
                                   % (name, name))
    raise TypeError("cannot pickle 'zlib.%s' object" % name)


def _inflate_error(message):
    # zlib_error: Z_NEED_DICT (2) has no message; a zdict whose Adler-32 is
    # not the stream's fails inflateSetDictionary with Z_DATA_ERROR.
    if message == 'need dictionary':
        return error('Error 2 while decompressing data')
    if message == 'incorrect dictionary':
        return error('Error -3 while setting zdict: invalid input data')
    return error('Error -3 while decompressing data: %s' % message)


class Compress:
    """A zlib compression stream (compressobj())."""

    __slots__ = ('_stream', '_finished')

    def __new__(cls, *args, **kwargs):
        if args[:1] != (_TOKEN,):
            raise TypeError("cannot create 'zlib.Compress' instances")
        return object.__new__(cls)

    def __init__(self, token, stream):
        self._stream = stream
        self._finished = False

    def compress(self, data, /):
        """Returns a bytes object containing compressed data.

  data
    Binary data to be compressed.

After calling this function, some of the input data may still
be stored in internal buffers for later processing.
Call the flush() method to clear these buffers."""
        data = _bytes_arg(data)
        if self._finished:
            raise error('Error -2 while compressing data: inconsistent stream state')
        return _gclab.deflate_step(self._stream, data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data.

  mode
    One of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.
    If mode == Z_FINISH, the compressor object can no longer be
    used after calling the flush() method.  Otherwise, more data
    can still be compressed."""
        mode = _int_arg(mode)
        if mode == Z_NO_FLUSH:
            return b''
        if self._finished:
            raise error('Error -2 while flushing data: inconsistent stream state')
        if mode not in (Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK):
            raise error('Error -2 while flushing data: inconsistent stream state')
        out = _gclab.deflate_step(self._stream, b'', mode)
        if mode == Z_FINISH:
            self._finished = True
        return out

    def __reduce_ex__(self, protocol):
        _refuse_pickle(self, protocol)

    def copy(self):
        """Return a copy of the compression object."""
        if self._finished:
            raise ValueError("Inconsistent stream state")
        return Compress(_TOKEN, _gclab.deflate_copy(self._stream))

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


class Decompress:
    """A zlib decompression stream (decompressobj()): the input taken so far
    is decoded again with each call (gclab's inflate is a function of its
    whole input), so what each call returns is zlib's."""

    __slots__ = ('_wbits', '_zdict', '_consumed', '_produced', '_unused_data', '_unconsumed_tail', '_eof', '_ended')

    def __new__(cls, *args, **kwargs):
        if args[:1] != (_TOKEN,):
            raise TypeError("cannot create 'zlib.Decompress' instances")
        return object.__new__(cls)

    def __init__(self, token, wbits, zdict):
        self._wbits = wbits
        self._zdict = zdict
        self._consumed = b''
        self._produced = 0
        self._unused_data = b''
        self._unconsumed_tail = b''
        self._eof = False
        self._ended = False

    @property
    def unused_data(self):
        return self._unused_data

    @property
    def unconsumed_tail(self):
        return self._unconsumed_tail

    @property
    def eof(self):
        return self._eof

    def _run(self, data, max_length):
        if self._eof:
            self._unused_data += data
            return b''
        buf = self._consumed + data
        limit = self._produced + max_length if max_length > 0 else -1
        out, done, end, message = _gclab.inflate(buf, self._wbits, self._zdict, limit)
        if message is not None:
            raise _inflate_error(message)
        new = out[self._produced:]
        self._produced = len(out)
        if done:
            self._eof = True
            self._unused_data = buf[end:]
            self._unconsumed_tail = b''
            self._consumed = b''
        elif max_length > 0 and end < len(buf):
            self._consumed = buf[:end]
            self._unconsumed_tail = buf[end:]
        else:
            self._consumed = buf
            self._unconsumed_tail = b''
        return new

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data.

  data
    The binary data to decompress.
  max_length
    The maximum allowable length of the decompressed data.
    Unconsumed input data will be stored in
    the unconsumed_tail attribute.

After calling this function, some of the input data may still be stored in
internal buffers for later processing.
Call the flush() method to clear these buffers."""
        data = _bytes_arg(data)
        max_length = _int_arg(max_length)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        return self._run(data, max_length)

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data.

  length
    the initial size of the output buffer."""
        length = _int_arg(length)
        if length <= 0:
            raise ValueError('length must be greater than zero')
        tail = self._unconsumed_tail
        self._unconsumed_tail = b''
        out = self._run(tail, 0)
        # At the end of the stream flush() ends it (inflateEnd).
        if self._eof:
            self._ended = True
        return out

    def __reduce_ex__(self, protocol):
        _refuse_pickle(self, protocol)

    def copy(self):
        """Return a copy of the decompression object."""
        if self._ended:
            raise ValueError("Inconsistent stream state")
        other = object.__new__(Decompress)
        for name in Decompress.__slots__:
            setattr(other, name, getattr(self, name))
        return other

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


Compress.__module__ = 'zlib'
Decompress.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object.

  level
    The compression level (an integer in the range 0-9 or -1; default is
    currently equivalent to 6).  Higher compression levels are slower,
    but produce smaller results.
  method
    The compression algorithm.  If given, this must be DEFLATED.
  wbits
    +9 to +15: The base-two logarithm of the window size.  Include a zlib
        container.
    -9 to -15: Generate a raw stream.
    +25 to +31: Include a gzip container.
  memLevel
    Controls the amount of memory used for internal compression state.
    Valid values range from 1 to 9.  Higher values result in higher memory
    usage, faster compression, and smaller output.
  strategy
    Used to tune the compression algorithm.  Possible values are
    Z_DEFAULT_STRATEGY, Z_FILTERED, and Z_HUFFMAN_ONLY.
  zdict
    The predefined compression dictionary - a sequence of bytes
    containing subsequences that are likely to occur in the input data."""
    level = _int_arg(level)
    method = _int_arg(method)
    wbits = _int_arg(wbits)
    memLevel = _int_arg(memLevel)
    strategy = _int_arg(strategy)
    if method != DEFLATED or not _valid_deflate(level, wbits, memLevel, strategy):
        raise ValueError('Invalid initialization option')
    if zdict is not None:
        zdict = _bytes_arg(zdict)
    stream = _gclab.deflate_new(level, wbits, memLevel, strategy, zdict)
    if stream is None:
        raise ValueError("Invalid dictionary")
    return Compress(_TOKEN, stream)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object.

  wbits
    The window buffer size and container format.
  zdict
    The predefined compression dictionary.  This must be the same
    dictionary as used by the compressor that produced the input data."""
    wbits = _int_arg(wbits)
    if zdict is not None and not isinstance(zdict, (bytes, bytearray, memoryview)):
        raise TypeError('zdict argument must support the buffer protocol')
    if not _wrap_bits(wbits):
        raise ValueError('Invalid initialization option')
    return Decompress(_TOKEN, wbits, bytes(zdict) if zdict else None)
