# gzip: compress/decompress with a fixed mtime, gzip.open in binary, text and append modes, GzipFile over BytesIO, errors, the trailer written when an open GzipFile dies.
import gzip, io, os, zlib
data = b'hello gzip world\n' * 500
c = gzip.compress(data, mtime=0)
print(len(c), c[:10], gzip.decompress(c) == data)
print(gzip.compress(b'abc', 6, mtime=1234567890))
print(gzip.decompress(gzip.compress(b'x', mtime=0) + gzip.compress(b'y', mtime=0)))
with gzip.open('f.txt.gz', 'wt', encoding='utf-8') as f:
    f.write('line one\nline two\n')
with gzip.open('f.txt.gz', 'rt', encoding='utf-8') as f:
    print(f.readlines())
with gzip.open('f.txt.gz', 'rb') as f:
    print(f.read(4), f.tell(), f.peek(2)[:2], f.read())
with open('f.txt.gz', 'rb') as f:
    raw = f.read()
print(raw[:3], len(raw), zlib.decompress(raw, 31))
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0, filename='') as g:
    g.write(b'data ' * 100)
print(len(bio.getvalue()), bio.getvalue()[:10])
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as g:
    print(g.read(10), g.seekable(), g.seek(5), g.read(5), g.mode == gzip.READ)
try:
    gzip.decompress(b'not gzip data')
except gzip.BadGzipFile as e:
    print('BadGzipFile', e)
try:
    gzip.decompress(c[:-5])
except EOFError as e:
    print('EOFError', e)
print(repr(gzip.GzipFile(fileobj=io.BytesIO(), mode='wb'))[:30])
os.remove('f.txt.gz')
def write_and_drop():
    g = gzip.open('drop.gz', 'wb')
    g.write(b'kept by the finalizer\n' * 3)
write_and_drop()
print(gzip.decompress(open('drop.gz', 'rb').read()))
with gzip.open('drop.gz', 'ab') as g:
    g.write(b'appended member\n')
for line in gzip.open('drop.gz'):
    print(line)
with gzip.open('drop.gz', 'rt') as t:
    print(sum(1 for _ in t))
os.remove('drop.gz')
