# 3.11 runs each comprehension and generator expression as a function made
# by MAKE_FUNCTION: gc.get_objects() and gc.get_referrers() see it while it
# runs (a generator expression's as long as its generator keeps its frame),
# and it dies right after the call.
import gc

KINDS = ('<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>')


def comp_functions():
    return sorted(o.__qualname__ for o in gc.get_objects()
                  if type(o).__name__ == 'function' and o.__name__ in KINDS)


print("none yet", comp_functions())
print("inside a listcomp", [comp_functions() for _ in range(1)])
print("inside a setcomp", {tuple(comp_functions()) for _ in range(1)})
print("inside a dictcomp", {0: comp_functions() for _ in range(1)})
print("nested", [[comp_functions() for _ in range(1)] for _ in range(1)])
print("after", comp_functions())

g = (comp_functions() for _ in range(2))
print("generator alive", comp_functions())
print("generator running", next(g))
print("exhausted", list(g), comp_functions())
del g
print("generator gone", comp_functions())


def outer(k):
    sq = [x * k for x in range(3)]
    fns = [lambda: i for i in range(2)]
    return sq, [f.__qualname__ for f in fns], comp_functions()


print(outer(2))


class Box:
    items = [comp_functions() for _ in range(1)]
    names = [n for n in ('a', 'b')]


print(Box.items)

# The function of a closure comprehension holds the cells it reads.
def closure_refs():
    k = [10]
    return [type(r).__name__ for r in gc.get_referrers(k)] + \
        [sorted(type(r).__name__ for c in gc.get_referrers(k) if type(c).__name__ == 'cell'
                for r in gc.get_referrers(c) if type(r).__name__ in ('tuple', 'function'))
         for _ in range(1) if k]


print(closure_refs())
