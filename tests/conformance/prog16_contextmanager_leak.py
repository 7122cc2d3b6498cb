import contextlib, gc
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("Res del", self.n)
@contextlib.contextmanager
def managed(n):
    r = Res(n)
    print("enter", n)
    try:
        yield r
    finally:
        print("exit", n)
with managed(1) as r:
    print("body", r.n)
del r
print("after with 1")
try:
    with managed(2) as r:
        raise KeyError("boom")
except KeyError as e:
    print("caught", e)
del r
print("after with 2")
cm = managed(3)
res = cm.__enter__()
del cm
print("cm dropped, res alive", res.n)
del res
print("res dropped")
with contextlib.ExitStack() as st:
    a = st.enter_context(managed(4))
    st.callback(print, "callback ran")
    del a
print("end")
