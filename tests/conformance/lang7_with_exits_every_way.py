# with statements left by return, break, continue, an exception (swallowed or
# not), several items exiting in reverse order, __enter__ raising after an
# earlier item entered, and objects that are not context managers.
# CPython: Python/compile.c compiler_with, ceval.c BEFORE_WITH/WITH_EXCEPT_START.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow

def f():
    with CM("a"), CM("b"):
        return "ret"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0: continue
        if i == 1: break
print("after loop", i)
with CM("sw", True):
    raise ValueError("boom")
print("swallowed")
try:
    with CM("outer"), CM("inner", True):
        1/0
    with CM("x"):
        [][1]
except IndexError as e:
    print("caught", repr(e), e.__context__)
def g():
    for i in range(3):
        try:
            with CM("t"):
                if i == 1:
                    return i
        finally:
            print("finally", i)
print(g())
class Bad:
    def __enter__(self): raise RuntimeError("in enter")
    def __exit__(self, *a): print("never")
try:
    with CM("first"), Bad():
        print("body")
except RuntimeError as e:
    print("re", e)
try:
    with 42:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit(): pass
except TypeError as e:
    print(e)
