# Traceback locations (the carets of traceback.format_exc) for failures in
# operator dunders, __enter__ (the with line, no carets), f-string formatting
# (the whole f-string), comprehensions and generator expressions (the
# comprehension's call), class bodies, decorators (the decorator line), defaults,
# multi-line expressions, match value patterns, except*, finally, unpacking,
# **kwargs merging (the whole call), calls and attributes.
import traceback
def show():
    print(traceback.format_exc().replace(__file__, "main.py"))
def attempt(fn):
    try: fn()
    except BaseException: show()
class V:
    def __add__(s, o): return 1 / 0
    def __iadd__(s, o): raise KeyError("iadd")
    def __getitem__(s, i): raise IndexError(i)
    def __len__(s): return -5
    def __iter__(s): return iter([1, None, 3])
    def __enter__(s): raise OSError("enter")
    def __exit__(s, *a): pass
    def __format__(s, spec): raise ValueError("fmt " + spec)
    def __eq__(s, o): raise TypeError("eq")
    __hash__ = object.__hash__
def t_add(): return V() + 1
def t_iadd():
    v = V()
    v += 1
def t_getitem(): return V()[3]
def t_len(): return len(V())
def t_enter():
    with V():
        pass
def t_fmt(): return f"{V():>5}"
def t_in(): return V() in [1, 2]
def t_comp(): return [x + 1 for x in V()]
def t_genexp(): return sum(x * 2 for x in V())
def t_dict(): return {k: 1 / k for k in [1, 0]}
def t_class_body():
    class C:
        a = 1
        b = a / 0
def t_decorator():
    def bad(f): raise RuntimeError("deco")
    @bad
    def f(): pass
def t_default():
    def f(x=1 / 0): pass
def t_multiline():
    return (1 +
            2 +
            None)
def t_match():
    match {"a": V()}:
        case {"a": 1}: pass
def t_star():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise TypeError("in except*")
def t_finally():
    try:
        return 1
    finally:
        raise ValueError("finally raise")
def t_unpack():
    a, b = V()
def t_kw(): return dict(**{1: 2})
def t_call(): return V()()
def t_attr(): return V().missing
def t_nested():
    def inner():
        return undefined_name
    return inner()
for fn in [t_add, t_iadd, t_getitem, t_len, t_enter, t_fmt, t_in, t_comp, t_genexp, t_dict,
           t_class_body, t_decorator, t_default, t_multiline, t_match, t_star, t_finally,
           t_unpack, t_kw, t_call, t_attr, t_nested]:
    attempt(fn)
