# io.BytesIO: reading (read, read1, readinto, readline, readlines,
# iteration), writing (padding past the end, overwriting), seek/tell/
# truncate, getvalue, closing and the `with` statement, with bytesio.c's
# error types and messages.
import io

b = io.BytesIO(b"hello\nworld\n")
print(repr(b).startswith("<_io.BytesIO object at "), type(b).__name__, type(b).__module__)
print(b.read(3), b.readline(), b.tell(), b.readlines(), b.read(), b.getvalue())
b.seek(20)
b.write(b"X")
print(b.getvalue(), b.seek(-2, 2), b.read(), b.seek(1, 1))
b.seek(0)
b.write(b"J")
print(b.getvalue()[:6], b.tell())
for f in (lambda: io.BytesIO("s"), lambda: b.write("s"), lambda: b.seek(-1), lambda: b.seek(0, 3),
          lambda: b.truncate(-1), lambda: b.read("x"), lambda: io.BytesIO(3)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
b.close()
for f in (lambda: b.read(), lambda: b.getvalue(), lambda: b.write(b"x"), lambda: b.tell()):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
print(b.closed)
c = io.BytesIO()
print(c.write(bytearray(b"ab")), c.write(b"cd"), c.getvalue(), c.truncate(1), c.getvalue(), c.tell())
c.seek(0)
print(list(c), c.read1(), c.readable(), c.writable(), c.seekable(), c.isatty())
with io.BytesIO(b"x") as d:
    print(d.read())
print(d.closed)
ba = bytearray(3)
e = io.BytesIO(b"abcdef")
print(e.readinto(ba), ba, e.read(-1), e.read(None))
print(io.BytesIO(b"a\r\nb").readlines(), isinstance(e, io.BufferedIOBase), isinstance(e, io.IOBase))
lines = io.BytesIO(b"one\ntwo\nthree")
for n, line in enumerate(lines):
    print(n, line)
out = io.BytesIO()
out.writelines([b"a", b"b", bytearray(b"c")])
print(out.getvalue())
