# io.StringIO/BytesIO reading, writing, seeking, truncating and closing;
# sys attributes programs read, sys.stdout.write and isatty(), exc_info
# inside and after a handler, sys.modules, setrecursionlimit with
# RecursionError, and io.UnsupportedOperation when writing to sys.stdin.
import io, sys
buf = io.StringIO("line1\nline2\nline3\n")
print(buf.readline(), end=""); print(buf.read(3), buf.tell(), buf.readlines(), buf.read())
buf.seek(0); print([l.rstrip() for l in buf])
out = io.StringIO(); out.write("abc"); print("x", 1, file=out, sep="|"); print(repr(out.getvalue()), out.tell())
out.seek(1); out.write("Z"); print(out.getvalue()); out.truncate(2); print(repr(out.getvalue()))
with io.StringIO() as s:
    s.write("ctx")
    print(s.getvalue(), s.closed)
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print("ValueError", e)
b = io.BytesIO(b"data"); print(b.read(2), b.getvalue(), b.seek(0, 2), b.write(b"!"), b.getvalue())
print(sys.version_info[:2] >= (3, 11), sys.maxsize, sys.byteorder, type(sys.argv).__name__, sys.platform != "", sys.getrecursionlimit())
print(sys.int_info.bits_per_digit, sys.float_info.max, sys.float_info.epsilon, sys.hash_info.width, sys.maxunicode)
sys.stdout.write("written\n"); print(sys.stdout.isatty() in (True, False), sys.stderr is not sys.stdout)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb.tb_lineno, sys.exception() is v if hasattr(sys, "exception") else "no")
print(sys.exc_info())
print("__main__" in sys.modules, "sys" in sys.modules, sys.modules[__name__].__name__, sys.intern("abc") == "abc", sys.getrefcount(object()) >= 1)
old = sys.getrecursionlimit(); sys.setrecursionlimit(500)
def deep(n): return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)
print(io.StringIO.__mro__[1].__name__, isinstance(out, io.TextIOBase), isinstance(b, io.BufferedIOBase))
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e)
