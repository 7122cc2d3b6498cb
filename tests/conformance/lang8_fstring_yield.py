# A yield expression as an f-string field: 3.11 compiles each field as
# `(expr)`, so `f'{yield}'`, `f'{yield x}'` and `f'{yield from it}'` are
# valid inside a generator function (and "'yield' outside function" at
# module level). Sent values land in the formatted string; the delegated
# iterator's failure carries the whole `yield from`'s carets.
def gen():
    x = f'{yield}!'
    print("got", x)
    y = f"<{yield 1}|{(yield 2)!r:>6}>"
    print("y", y)
    z = f'{yield from range(2)}'
    print("z", z)
    return "done"
g = gen()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def labels(items):
    for item in items:
        reply = yield f"{item}: {(yield item.upper())}"
        print("reply", reply)
lg = labels(["a", "b"])
print(next(lg), lg.send("first"), lg.send("r1"), lg.send("second"))
lg.close()
print(lg.gi_frame)

for src in ["f'{yield}'", "def g():\n    return f'{yield 1}'\n", "def g():\n    x = f'{yield 1 2}'\n", "f'{x, yield}'", "lambda: f'{yield}'"]:
    try:
        compile(src, "<case>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

import traceback
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a): raise ValueError("from throw")
def delegate(src):
    z = yield from src
def run(src, how):
    g = delegate(src)
    try:
        next(g)
        if how == "send": g.send(1)
        elif how == "throw": g.throw(KeyError)
    except Exception:
        print(traceback.format_exc().splitlines()[-3:])
run(5, "next")
run(range(2), "send")
run(It(), "throw")
run(It(), "send")
