# The recursion entries of calls CPython 3.11 keeps generic: a builtin
# method called with keywords (no specialisation with keyword names), and
# slot_tp_richcompare's call of a comparison method inherited from a
# builtin type (object.__ne__ around a Python __eq__). Each class runs
# its method a dozen times first, so CPython's specialised calls are in place.
import sys

def attempt(label, cls, run):
    cls.on = False
    for i in range(12):
        run()
    cls.on = True
    cls.levels = 0
    sys.setrecursionlimit(70)
    try:
        run()
    except RecursionError as e:
        print(label, cls.levels, e)
    finally:
        sys.setrecursionlimit(1000)
        cls.on = False

class N:
    def __eq__(self, o):
        if N.on:
            N.levels += 1
            N() != N()
        return False
attempt("!= through object.__ne__", N, lambda: N() != N())

class Q:
    def __eq__(self, o):
        if Q.on:
            Q.levels += 1
            Q() == Q()
        return False
attempt("== of Python __eq__", Q, lambda: Q() == Q())

class K:
    def __lt__(self, o):
        if K.on:
            K.levels += 1
            [K(), K()].sort(reverse=False)
        return False
attempt("sort(reverse=False)", K, lambda: K() < K())

class P:
    def __lt__(self, o):
        if P.on:
            P.levels += 1
            [P(), P()].sort()
        return False
attempt("sort()", P, lambda: P() < P())

class T:
    def __lt__(self, o):
        if T.on:
            T.levels += 1
            (T(),) < (T(),)
        return False
attempt("tuple <, object.__eq__ inherited", T, lambda: T() < T())

class U:
    def __lt__(self, o):
        if U.on:
            U.levels += 1
            (U(),) < (U(),)
        return False
    def __eq__(self, o):
        return False
attempt("tuple <, own __eq__", U, lambda: U() < U())
