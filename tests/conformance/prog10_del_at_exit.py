"""__del__ ordering at interpreter exit (module teardown)."""
import sys
import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"del {self.name}", flush=True)


class Holder:
    def __init__(self, *items):
        self.items = list(items)

    def __del__(self):
        print(f"del holder of {[i.name for i in self.items]}")


first = Noisy("first")
second = Noisy("second")
third = Noisy("third")
holder = Holder(Noisy("inner1"), Noisy("inner2"))
lst = [Noisy("in-list-a"), Noisy("in-list-b")]
d = {"k": Noisy("in-dict")}
cyc = Noisy("cyclic")
cyc.self = cyc


def fn():
    pass


fn.attr = Noisy("function-attr")


class Config:
    setting = Noisy("class-attr")


@atexit.register
def goodbye():
    print("atexit: goodbye, first is", first.name)


atexit.register(print, "atexit: registered second, runs first")
temp = Noisy("temp")
del temp
print("main done")
