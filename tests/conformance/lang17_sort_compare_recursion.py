# list.sort's pre-sort check (list_sort_impl) picks the compare function,
# and with it whether a comparison takes a recursion entry: keys of one
# exact type are compared through their type's slot directly, mixed keys
# through PyObject_RichCompareBool (" in comparison"). Each class warms
# its __lt__ up first, so CPython's specialised calls are in place.
import sys

def attempt(label, cls, other=None):
    other = other or cls
    cls.on = False
    for i in range(12):
        cls() < other()
    cls.on = True
    cls.levels = 0
    sys.setrecursionlimit(90)
    try:
        cls() < other()
    except RecursionError as e:
        print(label, cls.levels, e)
    finally:
        sys.setrecursionlimit(1000)
        cls.on = False

class A:
    def __lt__(self, o):
        if A.on:
            A.levels += 1
            [A(), A()].sort()
        return False
attempt("same type", A)

class B:
    def __lt__(self, o):
        if B.on:
            B.levels += 1
            [B(), B2()].sort()
        return False
class B2(B):
    pass
attempt("mixed types", B)

class C:
    def __lt__(self, o):
        if C.on:
            C.levels += 1
            sorted([(C(), 1), (C(), 2)])
        return False
attempt("tuple keys", C)

class D:
    def __lt__(self, o):
        if D.on:
            D.levels += 1
            sorted([(D(), 1), (D2(), 2)])
        return False
class D2(D):
    pass
attempt("tuple keys, mixed first items", D)

class E:
    def __lt__(self, o):
        if E.on:
            E.levels += 1
            l = [E(), E()]
            l.sort(key=lambda x: x)
        return False
attempt("key function", E)

class F:
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        if F.on:
            F.levels += 1
            [F(), F()].sort()
        return False
attempt("NotImplemented falls back", F)

class G:
    def __lt__(self, o):
        if G.on:
            G.levels += 1
            [[G()], [G()]].sort()
        return False
attempt("lists as keys", G)
