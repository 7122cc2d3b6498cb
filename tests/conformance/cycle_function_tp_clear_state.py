# A function cleared by the collector (func_clear) while a finalizer that
# runs later in the same collection still reaches it through a weakref
# made during finalization (gh-91636): its __name__ and __qualname__ are
# '' afterwards, __module__ and __defaults__ are None, and it can still be
# printed. The same sequence as CPython's test_gc
# test_function_tp_clear_leaves_consistent_state, with a list in place of
# the tuple subclass.
import gc
import weakref

gc.disable()

class LateFin:
    __slots__ = ('ref',)

    def __del__(self):
        global func
        func = self.ref()
        print("LateFin.__del__ sees", func is not None)

class Cyclic(list):
    def __del__(self):
        self[1].ref = weakref.ref(self[0])
        global latefin
        del latefin
        print("Cyclic.__del__")

latefin = LateFin()
def func(a=1):
    pass
cyc = Cyclic([func, latefin])
func.__module__ = cyc
del func, cyc
print("collected", gc.collect() > 0)
print(repr(func.__name__), repr(func.__qualname__), func.__module__, func.__defaults__)
print(repr(func).startswith("<function  at 0x"))
