# open() on gclab's simulated file system: text and binary modes ('r', 'w',
# 'a', 'x', '+'), the context manager, read/readline/readlines/iteration,
# universal newlines, reprs and attributes, and every argument error with
# CPython's type and message. Works in a fresh temporary directory.
import os
import shutil
import tempfile

home = os.getcwd()
work = tempfile.mkdtemp()
os.chdir(work)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


with open("notes.txt", "w") as f:
    print(repr(f), f.name, f.mode, f.encoding, f.closed)
    print(f.write("alpha\nbeta\r\ngamma\rdelta"), f.writable(), f.readable())
print(f.closed)
with open("notes.txt") as f:
    print(repr(f.read()))
with open("notes.txt", newline="") as f:
    print(f.readlines())
with open("notes.txt", newline="\n") as f:
    print([line for line in f])
with open("notes.txt", "rb") as f:
    print(repr(f), f.mode, f.read(6), f.readline(), f.tell())
    print(f.read())
with open("notes.txt", "a", encoding="utf-8") as f:
    print(repr(f), f.mode)
    f.write("\nepsilon\n")
with open("notes.txt") as f:
    print(f.readline(), end="")
    print(f.readline(3))
    print(f.read(4), f.readlines())
for line in open("notes.txt"):
    print(repr(line))
with open("data.bin", "wb") as f:
    print(repr(f), f.mode, f.write(bytes(range(5))), f.write(bytearray(b"xy")))
with open("data.bin", "r+b") as f:
    print(repr(f), f.mode, f.read(2))
    f.seek(0)
    f.write(b"AB")
    f.seek(0, 2)
    f.write(b"!")
with open("data.bin", "rb") as f:
    print(f.read())
with open("new.txt", "x") as f:
    f.write("made once")
with open("new.txt", "w+") as f:
    print(f.mode, f.buffer.mode)
    f.write("line 1\nline 2\n")
    f.seek(0)
    print(f.readlines())
with open("utf.txt", "w", encoding="utf-8") as f:
    f.write("caf\u00e9 \u2603\n")
with open("utf.txt", "rb") as f:
    print(f.read())
with open("utf.txt", encoding="latin-1") as f:
    print(ascii(f.read()))

show(lambda: open("missing.txt"))
show(lambda: open("missing.txt", "rb"))
show(lambda: open("new.txt", "x"))
show(lambda: open("sub/new.txt", "w"))
show(lambda: open(".", "r"))
show(lambda: open("notes.txt", "z"))
show(lambda: open("notes.txt", "rr"))
show(lambda: open("notes.txt", "rw"))
show(lambda: open("notes.txt", "b"))
show(lambda: open("notes.txt", "rbt"))
show(lambda: open("notes.txt", "rb", encoding="utf-8"))
show(lambda: open("notes.txt", "rb", errors="strict"))
show(lambda: open("notes.txt", "rb", newline=""))
show(lambda: open("notes.txt", newline="x"))
show(lambda: open(3.5))
show(lambda: open("notes.txt", 5))
show(lambda: open("notes.txt", encoding=5))
show(lambda: open("notes.txt", encoding="no-such-codec"))
f = open("notes.txt")
show(lambda: f.write("x"))
f.close()
show(lambda: f.read())
show(lambda: f.readline())
show(lambda: iter(f))
show(lambda: f.__enter__())
f.close()
show(lambda: open("notes.txt", "w").read())
show(lambda: open("notes.txt", "rb").write(b"x"))
show(lambda: open("notes.txt", "wb").read())
show(lambda: open("notes.txt", "a").write(5))
show(lambda: open("data.bin", "wb").write("text"))
show(lambda: open(os.path.join(work, "notes.txt")).read())

os.chdir(home)
shutil.rmtree(work)
print(os.path.exists(work))
