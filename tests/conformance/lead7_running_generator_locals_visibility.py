# Whether a running generator's locals are visible to gc.get_referrers
# depends on how the frame above it was entered (3.11's stacktop): a Python
# function, a bound method or a comprehension called directly from the
# generator (an inlined CALL) saves the generator's stack pointer, so the
# generator refers to its locals; a call through C (sorted's key, map,
# next() of another generator, yield from, a class's __init__) leaves
# stacktop at -1 and the generator lists none of them.
import gc


def names(objs):
    return sorted(type(o).__name__ for o in objs if type(o).__name__ != "tuple")


def helper(o):
    return names(gc.get_referrers(o))


class K:
    def __init__(self, o):
        print("  via class __init__:", names(gc.get_referrers(o)))

    def m(self, o):
        return helper(o)


def inner_gen(o):
    print("  nested generator:", names(gc.get_referrers(o)))
    yield


def gen():
    z = []
    yield
    print("direct:", names(gc.get_referrers(z)))
    print("helper:", helper(z))
    print("comprehension:", [helper(o) for o in (z,)])
    print("generator expression:", list(helper(o) for o in (z,)))
    sorted([z], key=lambda o: print("sorted key:", helper(o)))
    K(z)
    print("method:", K.__new__(K).m(z))
    for _ in inner_gen(z):
        pass
    yield from inner_gen(z)
    print("map:", list(map(helper, [z])))


g = gen()
next(g)
for _ in g:
    pass
