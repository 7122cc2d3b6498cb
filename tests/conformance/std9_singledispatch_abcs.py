# functools.singledispatch as 3.11: implementations registered for ABCs
# (a dict finds Mapping, a tuple Sequence), union annotations (int | float),
# ambiguous virtual bases, registry as a read-only view, and a dispatch
# cache with weak keys (dispatching on a class does not keep it alive).
import gc
import weakref
from functools import singledispatch, singledispatchmethod
from collections.abc import Mapping, Sequence, Sized, Iterable, Container


@singledispatch
def describe(x):
    return "unknown " + type(x).__name__


@describe.register
def _(x: int | float):
    return f"number {x}"


@describe.register(Mapping)
def _(x):
    return "mapping of " + str(len(x))


@describe.register(Sequence)
def _(x):
    return "sequence of " + str(len(x))


@describe.register(str)
def _(x):
    return "text " + x


print(describe(1), describe(2.5), describe({}), describe([1, 2]), describe("s"), describe((1,)))
print(describe(None), describe(True), describe(range(3)), describe({}.keys()))
print(describe.dispatch(bool).__name__, type(describe.registry).__name__, len(describe.registry))
try:
    describe.registry[list] = None
except TypeError as e:
    print("TypeError", e)
for bad in (lambda: describe.register(3, lambda x: x), lambda: describe.register(int | list[int])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


@singledispatch
def size(x):
    return "object"


@size.register(Sized)
def _(x):
    return "sized"


@size.register(Iterable)
def _(x):
    return "iterable"


class Both:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


try:
    size(Both())
except RuntimeError as e:
    print("RuntimeError", e)


print(size(iter([])), size(3))


@size.register(Container)
def _(x):
    return "container"


try:
    size([])
except RuntimeError as e:
    print("RuntimeError", e)
print(size.dispatch(Both).__name__ if False else "container registered")


class Temp:
    pass


t = Temp()
print(describe(t))
r = weakref.ref(Temp)
del t, Temp
gc.collect()
print("class alive after dispatch:", r() is not None)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"obj:{arg}"

    @fmt.register
    def _(self, arg: int | bool):
        return f"int:{arg}"

    @fmt.register
    def _(self, arg: list):
        return "list:" + ",".join(self.fmt(a) for a in arg)


print(Formatter().fmt(1), Formatter().fmt("s"), Formatter().fmt([1, "x", [2]]))
print(Formatter.fmt.__isabstractmethod__ if hasattr(Formatter.fmt, "__isabstractmethod__") else "-")
