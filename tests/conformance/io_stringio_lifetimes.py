# io.StringIO in programs: a StringIO subclass with __del__ (its text still
# readable when it dies), with-closing, closed-file errors, newline=None,
# print(file=) and redirect_stdout, the _io class hierarchy, a cached
# StringIO kept alive by lru_cache until cache_clear, one in a cycle.
import io, sys, contextlib, functools, gc

class Buffered(io.StringIO):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def __del__(self):
        print("del buffer", self.tag, repr(self.getvalue()) if not self.closed else "closed")

b = Buffered("one")
b.write("hello\n")
b.write("world")
b.seek(0)
print(b.readline(), end="")
print(b.read(), b.tell())
with Buffered("two") as b2:
    b2.write("x")
print(b2.closed)
try:
    b2.write("y")
except ValueError as e:
    print("ValueError", e)
del b2
s = io.StringIO("a\nb\nc")
print(list(s), s.getvalue().splitlines())
s2 = io.StringIO(newline=None)
s2.write("x\r\ny")
print(repr(s2.getvalue()))
out = io.StringIO()
print("to buffer", 1, 2, sep="-", file=out)
with contextlib.redirect_stdout(out):
    print("redirected")
    sys.stdout.write("direct\n")
print(repr(out.getvalue()))
print(isinstance(b, io.TextIOBase), isinstance(b, io.IOBase), type(b).__mro__[1].__name__)
del b
@functools.lru_cache(maxsize=None)
def load(name):
    return Buffered(name)
x = load("cached")
print(load("cached") is x, load.cache_info())
del x
print("still cached")
load.cache_clear()
print("cleared")
class Node:
    def __init__(self, n):
        self.n = n
        self.log = io.StringIO()
        self.log.write(f"node {n}")
        self.me = self
    def __del__(self):
        print("del node", self.n, self.log.getvalue())
Node(1)
print("collect", gc.collect())
