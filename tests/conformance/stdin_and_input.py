# sys.stdin is an _io.TextIOWrapper named '<stdin>' (mode 'r', utf-8) that
# cannot be written; input() reads whatever object sys.stdin is (its
# readline()), drops the newline, and raises EOFError at the end; the
# prompt goes to sys.stdout first; a lost sys.stdin is a RuntimeError.
import io
import sys

s = sys.stdin
print(type(s).__name__, s.name, s.mode, s.encoding, s.readable(), s.writable(), s.closed, s.fileno())
print(repr(s), sys.__stdin__ is s, sys.stdout.writable(), sys.stdout.readable(), sys.stdout.mode)
try:
    s.write("x")
except OSError as e:
    print("write:", e)

sys.stdin = io.StringIO("first line\nsecond\n\nlast without newline")
print(repr(input()))
print(repr(input("name? ")))
print(repr(input()))
print(repr(input()))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e, e.args)

class Lines:
    def __init__(self, lines):
        self.lines = list(lines)
        self.calls = 0
    def readline(self):
        self.calls += 1
        return self.lines.pop(0) if self.lines else ""
sys.stdin = Lines(["a\n", "b"])
print(input(), input())
print(sys.stdin.calls)

class Bad:
    def readline(self):
        return 42
sys.stdin = Bad()
try:
    input()
except TypeError as e:
    print("TypeError:", e)

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stdin = sys.__stdin__

buf = io.StringIO("x\ny\nz\n")
sys.stdin = buf
print([line for line in sys.stdin])
sys.stdin = sys.__stdin__
print(sys.stdin is s)
