# The traceback locations of tb_locations_everyday inside generator frames
# (the resumable evaluator): operators, __enter__/__exit__ failures around a
# yield, f-strings, comprehensions, decorators, match value patterns,
# **kwargs merging and yield from.
import traceback
def show():
    print(traceback.format_exc().replace(__file__, "main.py"))
def attempt(g):
    try:
        for _ in g(): pass
    except BaseException: show()
class V:
    def __add__(s, o): return 1 / 0
    def __iter__(s): return iter([1, None, 3])
    def __enter__(s): raise OSError("enter")
    def __exit__(s, *a): pass
    def __format__(s, spec): raise ValueError("fmt " + spec)
    def __eq__(s, o): raise TypeError("eq")
    __hash__ = object.__hash__
class CMX:
    def __enter__(s): return s
    def __exit__(s, *a): raise RuntimeError("exit")
def g_add():
    yield 1
    yield V() + 1
def g_enter():
    yield 0
    with V():
        yield 1
def g_exit_exc():
    with CMX():
        yield 1
        {}["k"]
def g_fmt():
    yield f"{V():>5}"
def g_comp():
    yield [x + 1 for x in V()]
def g_deco():
    def bad(f): raise RuntimeError("deco")
    yield 1
    @bad
    def f(): pass
def g_match():
    yield 1
    match {"a": V()}:
        case {"a": 1}: pass
def g_kw():
    yield dict(**{1: 2})
def g_yield_from():
    yield from V()
    yield from [1 / 0]
for g in [g_add, g_enter, g_exit_exc, g_fmt, g_comp, g_deco, g_match, g_kw, g_yield_from]:
    attempt(g)
