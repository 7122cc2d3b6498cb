import sys, gc

class O:
    pass

def g(x):
    yield sys.getrefcount(x)
    yield sys.getrefcount(x)

o = O()
it = g(o)
print("refcount of o before start", sys.getrefcount(o))
print("inside generator", next(it))
print("outer view while suspended", sys.getrefcount(o))
holders = [type(r).__name__ for r in gc.get_referrers(o)]
print(sorted(holders))
print("second", next(it))
it.close()
print("after close", sys.getrefcount(o))
