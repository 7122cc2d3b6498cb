"""Silencing output the usual way: os.devnull opened for writing (also
through redirect_stdout and as print's file=), read back empty; it exists,
is no regular file, and stat() says character device."""
import contextlib
import os


def noisy(n):
    for i in range(n):
        print("noise", i)
    return n * 2


with open(os.devnull, "w") as sink:
    with contextlib.redirect_stdout(sink):
        result = noisy(3)
    print("also dropped", file=sink)
    sink.write("x" * 100)
print("result", result, sink.closed)
with open(os.devnull, "a") as f:
    f.write("appended")
with open(os.devnull) as f:
    print(repr(f.read()))
with open(os.devnull, "rb") as f:
    print(f.read())
st = os.stat(os.devnull)
print(os.devnull, os.path.exists(os.devnull), os.path.isfile(os.devnull), os.path.isdir("/dev"), oct(st.st_mode), st.st_size)
