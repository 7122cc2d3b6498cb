import types
def f(a, b=2, *args, c, **kw):
    x = a + b
    return x
co = f.__code__
print(co.co_name, co.co_varnames, co.co_argcount, co.co_kwonlyargcount, co.co_filename.endswith('.py'), co.co_firstlineno, co.co_flags, co.co_nlocals)
g = types.FunctionType(co, globals(), "g", (10, 20))
print(g.__name__, g(1, c=3))
h = types.FunctionType(co, globals())
print(h.__name__, h.__defaults__)
co2 = co.replace(co_name="renamed")
print(co2.co_name, co.co_name)
def outer():
    y = 5
    def inner(): return y
    return inner
i = outer()
print(i.__code__.co_freevars, outer.__code__.co_cellvars)
j = types.FunctionType(i.__code__, {}, "j", None, i.__closure__)
print(j())
print(type(co).__name__, isinstance(co, types.CodeType))
try:
    types.FunctionType(i.__code__, {})
except TypeError as e: print(e)
import functools
def copy_func(f):
    g = types.FunctionType(f.__code__, f.__globals__, name=f.__name__, argdefs=f.__defaults__, closure=f.__closure__)
    g = functools.update_wrapper(g, f)
    g.__kwdefaults__ = f.__kwdefaults__
    return g
def greet(name, greeting="hi", *, punct="!"):
    "Greets."
    return f"{greeting} {name}{punct}"
g = copy_func(greet)
print(g("bob"), g is greet, g.__doc__, g.__name__, g.__qualname__, g.__module__)
g.__defaults__ = ("yo",)
print(g("al"), greet("al"))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c2 = types.FunctionType(c.__code__, {}, None, None, c.__closure__)
print(c(), c2(), c())
cell = types.CellType(10)
print(cell.cell_contents)
e = types.CellType()
try: e.cell_contents
except ValueError as ex: print("ValueError", ex)
def f(): return 1
def h(): return 2
f.__code__ = h.__code__
print(f(), f.__name__)
co = greet.__code__.replace(co_name="hello", co_qualname="X.hello")
k = types.FunctionType(co, globals())
print(k.__name__, k.__qualname__, k("z", "w", punct="?"), co.co_name)
try: types.FunctionType(1, {})
except TypeError as ex: print(ex)
try: types.FunctionType(greet.__code__, [])
except TypeError as ex: print(ex)
try: types.FunctionType(c.__code__, {}, None, None, (1,))
except TypeError as ex: print(ex)
try: types.FunctionType(c.__code__, {}, None, None, ())
except ValueError as ex: print(ex)
try: greet.__code__.replace(bogus=1)
except TypeError as ex: print(ex)
def boom():
    raise KeyError("k")
b2 = types.FunctionType(boom.__code__.replace(co_name="renamed_boom"), globals())
try:
    b2()
except KeyError as ex:
    tb = ex.__traceback__
    while tb.tb_next: tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, repr(ex))
try:
    f.__code__ = 5
except TypeError as ex: print(ex)
try:
    f.__code__ = c.__code__
except ValueError as ex: print(ex)
