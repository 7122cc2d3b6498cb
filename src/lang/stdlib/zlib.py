"""zlib for gclab: the checksums of CPython's C module zlib (crc32,
adler32) and its constants and error type. Compression is not provided:
compress, decompress, compressobj and decompressobj raise
NotImplementedError (gclab has no deflate whose output would match
zlib 1.2.13's byte for byte).
"""

try:
    from _gclab import crc32 as _crc32, adler32 as _adler32
except ImportError:
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


def _refused(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError('gclab: zlib.%s is not supported (no deflate)' % name)
    refuse.__name__ = refuse.__qualname__ = name
    return refuse


compress = _refused('compress')
decompress = _refused('decompress')
compressobj = _refused('compressobj')
decompressobj = _refused('decompressobj')
