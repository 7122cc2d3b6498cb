"""contextlib as CPython 3.11 writes it: a @contextmanager generator that
yields twice is closed (its finally runs) when __exit__ reports it, the
abstract base class refuses a manager without __exit__ and recognises
structural ones, ExitStack keeps bound __exit__ methods."""
import contextlib
import gc
import weakref

gc.disable()


class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False

    def __del__(self):
        print(f"  lock {self.name} freed (held={self.held})")


@contextlib.contextmanager
def hold(lock, twice=False):
    lock.held = True
    print(f"  acquire {lock.name}")
    try:
        yield lock
        if twice:
            yield lock
    except KeyError:
        print("  swallowing KeyError, then yielding again")
        yield lock
    finally:
        lock.held = False
        print(f"  release {lock.name}")


print("== second yield after a normal exit")
lk = Lock("a")
cm = hold(lk, twice=True)
cm.__enter__()
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e, "| held:", lk.held, "| suspended:", cm.gen.gi_suspended)

print("== yield after throw")
cm = hold(Lock("b"))
cm.__enter__()
try:
    cm.__exit__(KeyError, KeyError("k"), None)
except RuntimeError as e:
    print("RuntimeError:", e, "| frame:", cm.gen.gi_frame)
del cm
print("after del cm")

print("== abstract base class")
class MissingExit(contextlib.AbstractContextManager):
    pass


try:
    MissingExit()
except TypeError as e:
    print("TypeError:", e)


class FromScratch:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class NoEnter:
    def __exit__(self, *exc):
        return None


print(issubclass(FromScratch, contextlib.AbstractContextManager),
      issubclass(NoEnter, contextlib.AbstractContextManager),
      isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
print(contextlib.AbstractContextManager[int])

print("== ExitStack.push keeps a bound __exit__")
stack = contextlib.ExitStack()
scratch = FromScratch()
stack.push(scratch)
cb = stack._exit_callbacks[-1][1]
print(type(cb).__name__, cb.__self__ is scratch, cb.__func__ is FromScratch.__exit__)
ws = weakref.ref(scratch)
del scratch, cb
print("alive via the stack:", ws() is not None)
stack.close()
print("alive after close:", ws() is not None)
print("end")
