# zlib's compressobj strategies (Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED)
# under each container, a preset dictionary (zdict) read back by
# decompressobj, Compress.copy() branching a stream, and the errors.
import copy
import zlib

text = b"abcabcabc hello world abc" * 5 + bytes(range(64)) * 3 + b"z" * 300
for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    for level in (1, 6, 9):
        for wbits in (15, -15, 31):
            c = zlib.compressobj(level, zlib.DEFLATED, wbits, 8, strategy)
            out = c.compress(text[:100]) + c.compress(text[100:]) + c.flush()
            d = zlib.decompressobj(wbits)
            print(strategy, level, wbits, len(out), out[:12], zlib.crc32(out), d.decompress(out) == text)

zdict = b"hello world abc"
c = zlib.compressobj(zdict=zdict)
x = c.compress(b"hello world hello abc") + c.flush()
print(x)
print(zlib.decompressobj(zdict=zdict).decompress(x))
try:
    zlib.decompress(x)
except zlib.error as e:
    print("zlib.error:", e)
raw = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_DEFAULT_STRATEGY, b"x" * 5000 + zdict)
y = raw.compress(b"xxxx hello world") + raw.flush()
print(y, zlib.decompressobj(-12, zdict=b"x" * 5000 + zdict).decompress(y))
try:
    zlib.compressobj(wbits=31, zdict=b"abc")
except ValueError as e:
    print("ValueError:", e)
try:
    zlib.compressobj(zdict="abc")
except TypeError as e:
    print("TypeError:", e)

c = zlib.compressobj(6)
head = c.compress(b"shared prefix " * 20)
c2 = c.copy()
c3 = copy.copy(c)
a = head + c.compress(b"first tail") + c.flush()
b = head + c2.compress(b"second tail") + c2.flush(zlib.Z_SYNC_FLUSH) + c2.flush()
print(a)
print(b)
print(zlib.decompress(a), zlib.decompress(b), len(c3.flush()))
try:
    c.copy()
except ValueError as e:
    print("ValueError:", e)
print(zlib.compress(b"q" * 1000, 1), zlib.compress(text, 9)[:20])
try:
    zlib.decompressobj(zdict=b"other").decompress(x)
except zlib.error as e:
    print("zlib.error:", e)
try:
    zlib.decompressobj().decompress(x)
except zlib.error as e:
    print("zlib.error:", e)
import pickle
for p in range(6):
    for o in (zlib.compressobj(), zlib.decompressobj()):
        try: pickle.dumps(o, p)
        except Exception as e: print(p, type(e).__name__, e)
d = zlib.decompressobj(); d.decompress(zlib.compress(b"abc")); d.flush()
try: d.copy()
except ValueError as e: print(e)
d = zlib.decompressobj(); d.decompress(zlib.compress(b"abc")); print(d.copy().eof)
try: copy.copy(zlib.compressobj())
except TypeError as e: print(e)
c = zlib.compressobj(); print(len(copy.copy(c).flush()))
