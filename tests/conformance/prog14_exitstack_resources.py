from contextlib import ExitStack, contextmanager, suppress, closing, nullcontext

class Res:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError(f"cannot open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
    def __del__(self):
        print("del", self.name)

with ExitStack() as stack:
    rs = [stack.enter_context(Res(n)) for n in "abc"]
    stack.callback(print, "callback ran")
    print("body", [r.name for r in rs])
del rs
print("--")
try:
    with ExitStack() as stack:
        stack.enter_context(Res("x"))
        stack.enter_context(Res("y", fail=True))
        print("not reached")
except RuntimeError as e:
    print("caught", e)
print("--")
def build():
    with ExitStack() as stack:
        a = stack.enter_context(Res("p"))
        b = stack.enter_context(Res("q"))
        moved = stack.pop_all()
    print("after with: nothing closed")
    return moved
m = build()
print("closing moved")
m.close()
del m
print("--")
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("tag saw", e)
    finally:
        print(f"</{name}>")

with tag("a") as t1, tag("b") as t2:
    print(t1, t2)
with tag("outer"):
    with tag("inner"):
        raise ValueError("boom")
print("after swallow")
with suppress(KeyError, IndexError):
    {}["k"]
print("suppressed")
class Conn:
    def close(self):
        print("conn closed")
with closing(Conn()) as c:
    print("using", type(c).__name__)
with nullcontext(42) as v:
    print("null", v)
with ExitStack() as st:
    @st.callback
    def bye():
        print("bye")
    st.push(lambda *exc: print("push saw", exc[0]) or True)
    raise KeyError("k")
print("swallowed by push")
