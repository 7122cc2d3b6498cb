# gc.get_count() across calls with * and ** (CALL_FUNCTION_EX in CPython
# 3.11): the callable is a bound method (LOAD_ATTR), the positional
# arguments a list turned into a tuple (or a tuple; a lone *x is passed as
# it is, a list converted by PySequence_Tuple), the keywords dicts merged
# into the first; a vectorcall callee gets the keywords' names in a tuple.
# Also T.__new__ (tp_new_wrapper's argument tuple and slice) and an
# exhausted zip's unused result tuple. Each line is measured three times
# after gc.collect(), which empties the free lists.
import gc

gc.disable()
results = []


def measure(name, f):
    deltas = []
    for _ in range(3):
        gc.collect()
        before = gc.get_count()[0]
        r = f()
        after = gc.get_count()[0]
        del r
        deltas.append(after - before)
    results.append((name, deltas))


L = [1, 2, 3]
T = (1, 2, 3)
DD = {"a": 1}


def fa(*a, **k):
    return 1


def fb(a=0, b=0, c=0):
    return 1


def fc(*a):
    return 1


class C:
    def meth(self, *a, **k):
        return 1

    def m2(self, a=0, b=0, c=0):
        return 1

    def __call__(self, *a, **k):
        return 1


class K:
    def __init__(self, *a, **k):
        pass


class N(tuple):
    __slots__ = ()

    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))


class P:
    def __new__(cls, a, b):
        return object.__new__(cls)


c = C()
L2 = [1, 2]
measure("fa(*L)", lambda: fa(*L))
measure("fa(*T)", lambda: fa(*T))
measure("fb(*L)", lambda: fb(*L))
measure("fc(*L)", lambda: fc(*L))
measure("fc(1, *T)", lambda: fc(1, *T))
measure("fa(**DD)", lambda: fa(**DD))
measure("fb(**DD)", lambda: fb(**DD))
measure("fb(*L[:0], **DD)", lambda: fb(*L[:0], **DD))
measure("K(*L)", lambda: K(*L))
measure("max(*L)", lambda: max(*L))
measure("max(1, 2, 3)", lambda: max(1, 2, 3))
measure("len(*[L])", lambda: len(*[L]))
measure("sorted(L, **{})", lambda: sorted(L, **{}))
measure("dict(**DD)", lambda: dict(**DD))
measure("dict(b=1, **DD)", lambda: dict(b=1, **DD))
measure("c.meth(*L)", lambda: c.meth(*L))
measure("c.m2(**DD)", lambda: c.m2(**DD))
measure("c(*L)", lambda: c(*L))
measure("c(**DD)", lambda: c(**DD))
measure("c(a=1)", lambda: c(a=1))
measure("'{}{}{}'.format(*L)", lambda: "{}{}{}".format(*L))
measure("ValueError(*L)", lambda: ValueError(*L))
measure("c.meth(1, k=2, **DD)", lambda: c.meth(1, k=2, **DD))
measure("c.meth(**DD, k=2)", lambda: c.meth(**DD, k=2))
measure("c.meth(*L, k=2)", lambda: c.meth(*L, k=2))
measure("isinstance(*[1, int])", lambda: isinstance(*[1, int]))
measure("N(1, 2)", lambda: N(1, 2))
measure("N(a=1, b=2)", lambda: N(a=1, b=2))
measure("P(1, 2)", lambda: P(1, 2))
measure("object.__new__(C)", lambda: object.__new__(C))
measure("tuple.__new__(N, T)", lambda: tuple.__new__(N, T))
measure("list(zip(L2))", lambda: list(zip(L2)))
measure("list(zip(L, L))", lambda: list(zip(L, L)))
measure("[x for x in zip(L)]", lambda: [x for x in zip(L)])
for name, deltas in results:
    print(name, deltas)
