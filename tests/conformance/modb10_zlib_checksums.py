# zlib: crc32 and adler32 (running values, masking, errors) and constants;
# compression is refused in gclab, so this only checks the checksums.
import binascii
import zlib

for data in (b'', b'a', b'hello', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 40):
    print(zlib.crc32(data), zlib.adler32(data), binascii.crc32(data) == zlib.crc32(data))
running = 0
adler = 1
for piece in (b'split ', b'into ', bytearray(b'pieces'), memoryview(b'!')):
    running = zlib.crc32(piece, running)
    adler = zlib.adler32(piece, adler)
print(running == zlib.crc32(b'split into pieces!'), adler == zlib.adler32(b'split into pieces!'))
print(zlib.crc32(b'x', -1), zlib.adler32(b'x', 2**33 + 5), zlib.crc32(b'x', True))
for f in (lambda: zlib.crc32('s'), lambda: zlib.crc32(), lambda: zlib.crc32(b'a', 1, 2),
          lambda: zlib.adler32(b'a', 1.5), lambda: zlib.crc32(b'a', value=1), lambda: zlib.adler32(None)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(zlib.error.__mro__, zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_DEFAULT_COMPRESSION,
      zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.DEF_BUF_SIZE)
