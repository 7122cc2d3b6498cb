# ExitStack unwinding on an exception (LIFO: callbacks, closing, generators),
# pop_all moving the contexts, contextlib.closing.
from contextlib import ExitStack, closing, contextmanager
import gc

class Closeable:
    def __init__(self, n): self.n = n
    def close(self): print("close", self.n)
    def __del__(self): print("del Closeable", self.n)

@contextmanager
def managed(n):
    print("enter", n)
    try:
        yield n
    finally:
        print("exit", n)

try:
    with ExitStack() as st:
        for i in range(3):
            st.enter_context(managed(i))
        st.enter_context(closing(Closeable("c")))
        st.callback(lambda: print("callback"))
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
print("---")
with ExitStack() as st:
    st.enter_context(managed("a"))
    moved = st.pop_all()
print("stack exited, moved still open")
moved.close()
print("---")
with closing(Closeable("x")) as c:
    pass
del c
print("end")
