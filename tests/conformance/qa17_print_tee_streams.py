import sys, io
class Tee:
    def __init__(self, *streams):
        self.streams = streams
        self.writes = 0
    def write(self, s):
        self.writes += 1
        for st in self.streams:
            st.write(s)
        return len(s)
    def flush(self):
        for st in self.streams:
            st.flush()
log = io.StringIO()
tee = Tee(sys.stdout, log)
print("hello", "world", sep=", ", end="!\n", file=tee)
print(file=tee)
print(*[], sep="-", file=tee)
print(1, 2, 3, sep=None, end=None, file=tee)
print("flushed", flush=True, file=tee)
print(tee.writes, repr(log.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print("back:", repr(captured), sys.stdout is sys.__stdout__)
print("x", file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=object())
except AttributeError as e:
    print("AttributeError:", e)
class NoFlush:
    def write(self, s): old.write(s.upper())
print("to noflush", file=NoFlush())
try:
    print("y", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError:", e)
sys.stdout.write("write returns ")
n = sys.stdout.write("é\n")
print(n)
print(repr(sys.stdout), sys.stdout.encoding, sys.stdout.name, sys.stdout.mode, sys.stdout.fileno(), sys.stdout.isatty(), sys.stdout.writable(), sys.stdout.readable())
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
print("\u00e9\u4e2d\U0001F600", "tab\there", "nul\x00end".replace("\x00", "<0>"), repr("\x7f\x80\u200b"), ascii("ü€"))
print(end="no newline ")
print("then newline")
class Obj:
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
print(Obj(), [Obj()], (Obj(),), {1: Obj()}, f"{Obj()} {Obj()!r}", str(Obj()), "%s %r" % (Obj(), Obj()))
class BadStr:
    def __str__(self): return 5
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
