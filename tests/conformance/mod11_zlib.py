# zlib: compress at every level (bytes equal to python3 via their md5), window sizes and containers, compressobj streaming and flush modes, decompressobj chunks/max_length/unused_data, errors.
import zlib
data = b'hello hello hello world ' * 20 + bytes(range(256))
c = zlib.compress(data)
print(len(c), c[:20], zlib.decompress(c) == data)
print(zlib.compress(b''), zlib.compress(b'a'), zlib.compress(b'abcabcabc', 9), zlib.compress(b'abc', 0), zlib.compress(b'abc' * 100, 1))
co = zlib.compressobj(); out = co.compress(b'x' * 1000) + co.flush(); print(out)
d = zlib.decompressobj(); print(d.decompress(out[:5]) + d.decompress(out[5:]), d.eof)
print(zlib.crc32(b'abc'), zlib.adler32(b'abc'))
try: zlib.decompress(b'garbage')
except zlib.error as e: print('error', e)
text = ' '.join(str(i * i) for i in range(2000)).encode()
print(hashlib.md5(zlib.compress(text)).hexdigest(), len(zlib.compress(text)))
print(hashlib.md5(zlib.compress(text, 9)).hexdigest(), hashlib.md5(zlib.compress(text, 1)).hexdigest())
import zlib, hashlib
def h(b): return hashlib.md5(b).hexdigest()[:12]
text = ' '.join('word%d' % (i % 97) for i in range(20000)).encode()
for lvl in range(1, 10):
    c = zlib.compress(text, lvl); print(lvl, len(c), h(c))
print(zlib.decompress(zlib.compress(b"\x00" * 100000, 0)) == b"\x00" * 100000)
for wb in (9, 12, -15, -9, 31, 25):
    c = zlib.compress(text, 6, wb); print(wb, len(c), h(c), zlib.decompress(c, wb) == text)
print(zlib.decompress(zlib.compress(text, 6, 31), 47) == text, zlib.decompress(zlib.compress(text), 47) == text)
co = zlib.compressobj(9)
parts = [co.compress(text[i:i + 7000]) for i in range(0, len(text), 7000)]
print([len(p) for p in parts])
print(len(co.flush(zlib.Z_SYNC_FLUSH)), co.flush(zlib.Z_SYNC_FLUSH), len(co.compress(b'more data')), h(co.flush(zlib.Z_FULL_FLUSH)))
end = co.flush(); print(len(end), h(end))
co2 = zlib.compressobj(6, zlib.DEFLATED, -12, 5)
out = co2.compress(text) + co2.flush(); print(len(out), h(out))
c = zlib.compress(text)
d = zlib.decompressobj()
got = b''
for i in range(0, len(c), 1000):
    got += d.decompress(c[i:i + 1000])
print(got == text, d.eof, d.unused_data)
d = zlib.decompressobj(); x = d.decompress(c + b'TRAILING'); print(len(x), d.eof, d.unused_data)
d = zlib.decompressobj(); part = d.decompress(c, 100); print(len(part), len(d.unconsumed_tail) > 0, d.eof)
rest = b''
while d.unconsumed_tail:
    rest += d.decompress(d.unconsumed_tail, 5000)
rest += d.flush()
print(part + rest == text, d.eof)
for bad, args in ((b'garbage!', ()), (c[:50], ()), (c[:-1] + bytes([c[-1] ^ 1]), ()), (b'x\x9c\xff\xff', ()), (c, (-15,))):
    try: zlib.decompress(bad, *args)
    except zlib.error as e: print('error', e)
for args in ((b'x', 10), (b'x', 6, 7), (b'x', 6, 40)):
    try: zlib.compress(*args)
    except zlib.error as e: print('error', e)
try: zlib.compressobj(wbits=99)
except ValueError as e: print('ValueError', e)
try: zlib.compress('str')
except TypeError as e: print('TypeError', e)
co = zlib.compressobj(); co.compress(b'a'); co.flush()
try: co.compress(b'b')
except zlib.error as e: print('error', e)
print(type(co).__name__, type(zlib.decompressobj()).__name__, zlib.decompress(b'x\x9c\x03\x00\x00\x00\x00\x01'))
print(zlib.decompress(zlib.compress(bytes(range(256)) * 300, 1)) == bytes(range(256)) * 300)
