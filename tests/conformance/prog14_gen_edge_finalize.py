import gc
import sys

sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value, "obj:", type(u.object).__name__)

def stubborn():
    try:
        yield 1
    finally:
        yield 2

gc.disable()
g = stubborn()
next(g)
del g
print("-- refcount death of a stubborn generator above")
g = stubborn()
next(g)
g.me = None if False else None
lst = [g]; lst.append(lst)
del g, lst
gc.collect()
print("-- gc of stubborn generator above")
saved = []
def resurrecting():
    try:
        yield "x"
    finally:
        saved.append(sys._getframe())
        print("finally saved its frame")
g = resurrecting()
next(g)
del g
print("saved", len(saved), saved[0].f_code.co_name)
saved.clear()
async def coro():
    return 1
c = coro()
del c
print("-- unawaited coroutine")
def raising_finally():
    try:
        yield
    finally:
        raise ValueError("from finally")
g = raising_finally()
next(g)
del g
print("-- finally raising at refcount death")
g = raising_finally()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)
def returns_in_finally():
    try:
        yield 1
    finally:
        return "swallowed"
g = returns_in_finally()
next(g)
g.close()
print("closed quietly", g.gi_frame)
gc.enable()
