# types.coroutine gives a generator function a copy of its code carrying
# CO_ITERABLE_COROUTINE (func.__code__ = co.replace(...)): the def's own
# code object, shared by every other function the def makes, keeps its flags.
import inspect
import types

CO_ITERABLE_COROUTINE = 0x100

def make():
    def gen():
        yield "step"
        return "done"
    return gen

plain = make()
other = make()
print("shared before:", plain.__code__ is other.__code__)
marked = types.coroutine(plain)
print("same function:", marked is plain)
print("shared after:", plain.__code__ is other.__code__)
print("flags:", bool(marked.__code__.co_flags & CO_ITERABLE_COROUTINE), bool(other.__code__.co_flags & CO_ITERABLE_COROUTINE))
g1, g2 = marked(), other()
print("gi_code is __code__:", g1.gi_code is marked.__code__, g2.gi_code is other.__code__)
print("awaitable:", inspect.isawaitable(g1), inspect.isawaitable(g2))
g1.close(); g2.close()

async def drive(fn):
    return await fn()

for fn in (marked, other):
    co = drive(fn)
    try:
        print("yielded", co.send(None))
        co.send(None)
    except StopIteration as e:
        print("returned", e.value)
    except TypeError as e:
        print("TypeError", e)
    finally:
        co.close()

# applying it twice, and to a def run twice
again = types.coroutine(marked)
print("again:", again is marked, again.__code__ is marked.__code__)
for i in range(2):
    @types.coroutine
    def each():
        yield i
    print(i, bool(each.__code__.co_flags & CO_ITERABLE_COROUTINE), each.__code__.co_name, inspect.isawaitable(each()))

# replace may change only that flag in gclab's code objects; the copy keeps names
co = plain.__code__
copy = co.replace(co_flags=co.co_flags & ~CO_ITERABLE_COROUTINE)
print(copy.co_name, copy.co_qualname, bool(copy.co_flags & CO_ITERABLE_COROUTINE), copy is co)
