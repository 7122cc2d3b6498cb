import os
import io

os.makedirs("data/logs", exist_ok=True)
for i in range(3):
    with open(f"data/logs/app{i}.log", "w") as f:
        for j in range(5):
            lvl = ["INFO", "WARN", "ERROR"][(i + j) % 3]
            f.write(f"{i}-{j} {lvl} message number {i * 5 + j}\n")
        if i == 1:
            f.write("\n# comment\n")

def find_files(top, suffix):
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(suffix):
                yield os.path.join(root, name)

def read_lines(paths):
    for p in paths:
        with open(p) as f:
            for lineno, line in enumerate(f, 1):
                yield p, lineno, line.rstrip("\n")

def non_blank(records):
    return ((p, n, l) for p, n, l in records if l and not l.startswith("#"))

def parse(records):
    for p, n, l in records:
        tag, level, *words = l.split()
        yield {"file": os.path.basename(p), "line": n, "level": level, "num": int(words[-1])}

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

pipeline = parse(non_blank(read_lines(find_files("data", ".log"))))
errors = [r for r in pipeline if r["level"] == "ERROR"]
for e in errors:
    print(e)
total = sum(r["num"] for r in parse(non_blank(read_lines(find_files("data", ".log")))))
print("total", total)
print(list(take(2, parse(non_blank(read_lines(find_files("data", ".log")))))))

def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

c = counter()
next(c)
for v in (3, 4, 5):
    print("running", c.send(v))
try:
    c.send(None)
except StopIteration as e:
    print("final", e.value)

def chain(*its):
    for it in its:
        yield from it

print(list(chain("ab", range(3), (x * x for x in [4, 5]))))
with open("data/out.txt", "w") as out:
    print("hello", 42, sep=", ", end="!\n", file=out)
    out.writelines(["a\n", "b\n"])
    print(out.tell(), out.name, out.mode, out.closed)
print(out.closed)
with open("data/out.txt") as f:
    print(repr(f.read()))
with open("data/out.txt", "a+") as f:
    f.write("c\n")
    f.seek(0)
    print(f.readlines())
with open("data/bin.dat", "wb") as f:
    f.write(bytes(range(10)))
with open("data/bin.dat", "rb") as f:
    f.seek(3)
    print(f.read(4), f.tell())
print(sorted(os.listdir("data")), os.path.getsize("data/bin.dat"), os.path.isdir("data/logs"), os.path.splitext("a/b.tar.gz"))
try:
    open("data/missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e)
buf = io.StringIO("x\ny\nz")
print([l for l in buf], buf.getvalue().splitlines())
for p in find_files("data", ""):
    os.remove(p)
for root, dirs, files in os.walk("data", topdown=False):
    os.rmdir(root)
print(os.path.exists("data"))
