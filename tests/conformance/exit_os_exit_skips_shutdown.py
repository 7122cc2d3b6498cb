# os._exit(n): the process ends at once -- no finally blocks, no __exit__,
# no atexit handlers, no weakref.finalize hook, no __del__ of what is still
# alive, no generator cleanup; output flushed before it stays.
import os, sys, atexit, weakref

class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del Res", self.n)

class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("__exit__ (must not run)")

for args in [(), ("x",), (1.5,), (1, 2), (2**40,)]:
    try:
        os._exit(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    os._exit(1, status=2)
except TypeError as e:
    print("TypeError", e)
print(os._exit.__name__)

r = Res("global")
weakref.finalize(r, print, "finalizer (must not run)")
atexit.register(print, "atexit (must not run)")
def gen():
    try:
        yield 1
    finally:
        print("generator finally (must not run)")
g = gen(); next(g)
def work():
    local = Res("local")
    with Ctx():
        try:
            print("exiting with 300 -> 44")
            sys.stdout.flush()
            os._exit(300)
        finally:
            print("finally (must not run)")
try:
    work()
finally:
    print("outer finally (must not run)")
