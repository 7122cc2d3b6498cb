# Argument binding failures release the arguments in CPython 3.11's order
# (initialize_locals): extra positional arguments at once, the keyword values
# from the bad one on (kw_fail), then the frame's locals in slot order; and
# calls with *args/**kwargs (CALL_FUNCTION_EX) release the callable, the
# argument tuple last item first, then the keyword dict, on success, on a
# binding error and when evaluating an argument raises. Also the
# too-many-positional message that counts keyword-only arguments given.
class T:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
def f(a, b=1, c=2, **kw): pass
def g(a, b=1, c=2): pass
def h(a, *, c): pass
def p(a, /, b, **kw): pass
for fn, label in [(lambda: f(T(7), c=T(8), zz=T(9), a=T(10)), "multi"),
                  (lambda: g(T(7), c=T(8), zz=T(9), a=T(10)), "unexpected"),
                  (lambda: g(T(1), T(2), T(3), T(4), c=T(5)), "toomany"),
                  (lambda: h(T(1), T(2), c=T(3)), "toomany-kwonly"),
                  (lambda: h(T(1)), "missing kwonly"),
                  (lambda: g(b=T(1), c=T(2)), "missing pos"),
                  (lambda: p(a=T(1), b=T(2)), "posonly-as-kw"),
                  (lambda: g(T(1), **{"b": T(2), "q": T(3)}), "dict-unexpected"),
                  ]:
    try:
        fn()
    except TypeError as e:
        print(label, e)
    print("--")
def ok(*a, **k): return len(a) + len(k)
def two(a, b): pass
def boom(): raise ValueError("boom")
print("A"); ok(*[T(1), T(2)]); print("--")
print("B"); ok(T(1), *[T(2), T(3)], T(4)); print("--")
print("C"); ok(*(T(1), T(2)), **{"x": T(3), "y": T(4)}); print("--")
print("D"); ok(T(0), x=T(1), **{"y": T(2)}, z=T(3)); print("--")
print("E")
try: ok(T(1), T(2), *[T(3)], boom())
except ValueError: print("caught")
print("F")
try: ok(T(1), x=T(2), **{"y": T(3)}, z=boom())
except ValueError: print("caught")
print("G")
try: two(*[T(1), T(2), T(3)])
except TypeError as e: print(e)
print("H")
try: two(T(1), **{"b": T(2), "c": T(3)})
except TypeError as e: print(e)
print("I")
class M:
    def m(self, *a, **k): return a
mm = M()
mm.m(*[T(1), T(2)], k=T(3))
print("J")
print(ok(*(T(i) for i in range(3))))
print("end")
print("K")
def kwonly(a, *, b, c=3): return a
for call in [lambda: kwonly(T(1), T(2), b=T(3)), lambda: kwonly(T(1), T(2), T(3), b=T(4), c=T(5)), lambda: kwonly(T(1), T(2))]:
    try: call()
    except TypeError as e: print(e)
def pos(a, b, /): pass
try: pos(b=T(1), a=T(2))
except TypeError as e: print(e)
