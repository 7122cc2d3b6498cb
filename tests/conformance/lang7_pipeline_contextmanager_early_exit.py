# A text-processing pipeline of generators inside a @contextmanager source:
# stopping early closes the chain and the source's finally runs at the end of
# the with; chunking with a closed generator; generator expressions with zip,
# any() and next() with a default.
# CPython: Objects/genobject.c, Lib/contextlib.py.
import contextlib
@contextlib.contextmanager
def source(name, lines):
    print("open", name)
    try:
        yield iter(lines)
    finally:
        print("close", name)
def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i:>3}: {line}"
def head(n, lines):
    for i, line in enumerate(lines):
        if i >= n:
            break
        yield line
data = ["alpha", "beta", "alphabet", "gamma", "alpine", "delta", "alps"]
with source("data", data) as src:
    for out in head(2, numbered(grep("al", src))):
        print(out)
print("---")
def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(7), 3)))
gen = chunks(iter(data), 2)
print(next(gen)); gen.close(); print(list(gen))
def tee_like(it):
    buf = []
    for x in it:
        buf.append(x)
        yield x
    print("buffer had", len(buf))
print(sum(tee_like(range(5))))
pipeline = (x.upper() for x in data if x.startswith("a"))
print(list(zip(pipeline, range(10))))
print(any(x == "gamma" for x in data), next((x for x in data if len(x) > 6), None))
