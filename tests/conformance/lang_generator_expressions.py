# Generator expressions are lazy: each item is computed when next() asks for
# it, any() stops at the first true item, and a generator keeps only its
# loop variables and iterators, not the items it already yielded.
# CPython: genobject.c (gen_iternext, gen_dealloc), compile.c (genexpr scope).
import gc

gc.disable()


class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def check(x):
    print("check", x)
    return x > 1


print(any(check(x) for x in [1, 2, 3]))
print(sum(x * x for x in range(5)), sorted((y for y in [3, 1, 2]), reverse=True))
g = (T(i) for i in range(3))
print(type(g).__name__)
first = next(g)
print("got", first.n)
del first
print("after del first: the yielded object was not kept by the generator")
del g
print("after del g")
print(list(a + b for a in "ab" for b in "cd" if b != "c"))
print(max(len(w) for w in ["a", "bbb", "cc"]), tuple(i for i in range(3)))
it = (i for i in [1])
print(next(it), next(it, "done"))
