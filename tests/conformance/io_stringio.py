# io.StringIO: CPython's errors and messages (closed file, seeks, sizes, types),
# type and repr names (_io.StringIO), __dict__/weakref/GC tracking, NUL padding,
# newline translation, iteration, print(file=) and redirect_stdout, with.
import io, sys, gc, weakref
from contextlib import redirect_stdout
s = io.StringIO('abc')
for f in [lambda: s.seek(1, 1), lambda: s.seek(-1), lambda: s.seek(0, 3), lambda: s.write(3), lambda: s.read('x'), lambda: s.truncate(-1), lambda: io.StringIO(3), lambda: io.StringIO('', 'x'), lambda: s.fileno(), lambda: s.seek('a'), lambda: s.readline('a'), lambda: s.detach(), lambda: s.seek(1,2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
s.close()
for f in [lambda: s.write('x'), lambda: s.getvalue(), lambda: s.read(), lambda: s.tell(), lambda: next(s), lambda: s.__enter__(), lambda: s.readable(), lambda: s.closed, lambda: s.close(), lambda: s.encoding, lambda: s.newlines, lambda: s.line_buffering]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(type(s), io.StringIO.__module__, io.StringIO.__name__, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
t = io.StringIO(); print(gc.is_tracked(t), weakref.ref(t)() is t); t.x = 1; print(t.__dict__)
t = io.StringIO(); t.write('abc'); t.seek(6); t.write('z'); print(repr(t.getvalue()), t.tell())
t = io.StringIO('a\r\nb\rc\n', newline=None); print(repr(t.getvalue()), t.readlines(), t.newlines)
t = io.StringIO('a\r\nb\rc\n', newline=''); print(repr(t.getvalue()), t.readlines())
t = io.StringIO('a\nb', newline='\r\n'); print(repr(t.getvalue()), t.readlines())
t = io.StringIO('x\ny\n'); print(list(t), t.read(), t.readline(), t.tell(), t.seek(0), t.read(1), t.readline(), t.readline(1), t.truncate(), t.getvalue())
print(io.StringIO().newlines, io.StringIO(newline=None).newlines)
buf = io.StringIO()
print('hello', 'world', sep=', ', end='!\n', file=buf)
print(42, file=buf)
with redirect_stdout(buf):
    print('captured')
    sys.stdout.write('direct\n')
print(repr(buf.getvalue()))
with io.StringIO() as f:
    f.writelines(['a', 'b\n', 'c'])
    print(f.getvalue().splitlines(), f.seekable(), f.isatty(), f.flush())
print(f.closed)
lines = io.StringIO('one\ntwo\nthree')
for n, line in enumerate(lines, 1):
    print(n, line.rstrip())
print(isinstance(buf, io.TextIOBase), isinstance(buf, io.IOBase))
