# The attributes generators, coroutines and async generators share (genobject.c):
# 3.11 has gi_suspended and cr_suspended but no ag_suspended.
import types
def g(): yield 1
async def c(): pass
async def ag(): yield 1
for o in (g(), c(), ag()):
    print(sorted(n for n in dir(o) if n[:3] in ('gi_', 'cr_', 'ag_')), o.__name__, o.__qualname__)
    o.__name__ = 'x'; o.__qualname__ = 'y'; print(o.__name__, o.__qualname__)
    try: o.__name__ = 1
    except TypeError as e: print(e)
    if hasattr(o, 'close'): o.close()
