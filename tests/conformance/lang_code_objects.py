# Code objects as introspection reaches them: function.__code__,
# generator.gi_code (also for a generator expression and after the
# generator finished), frame.f_code (sys._getframe, tracebacks): the same
# object every time, with co_name/co_qualname/co_firstlineno (the first
# decorator's line), the argument counts, co_varnames/cellvars/freevars
# and co_flags as compute_code_flags sets them.
import sys
def g():
    yield 1
def f(a, /, b, *args, c, **kw): pass
def outer():
    x = 1
    def inner(): return x
    return inner
class C:
    def m(self): pass
print(g.__code__.co_flags, f.__code__.co_flags, outer.__code__.co_flags, outer().__code__.co_flags, C.m.__code__.co_flags, (lambda: 0).__code__.co_flags)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_nlocals, f.__code__.co_varnames)
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer.__code__.co_varnames)
print(sys._getframe().f_code.co_flags, sys._getframe().f_code.co_name)
print([sys._getframe().f_code.co_flags for _ in [1]], [sys._getframe().f_code.co_name for _ in [1]])
print(g.__code__ is g.__code__, g().gi_code is g.__code__, type(g.__code__).__name__)
gen = (i for i in range(3))
print(gen.gi_code.co_name, gen.gi_code.co_argcount, gen.gi_code.co_flags, gen.gi_code.co_varnames)
def deco(fn): return fn
@deco
def decorated(): pass
print(decorated.__code__.co_firstlineno, decorated.__code__.co_name, decorated.__code__.co_qualname, outer().__code__.co_qualname)
def who():
    return sys._getframe(1).f_code.co_name
def caller():
    return who()
print(caller(), who())
def h():
    yield sys._getframe().f_code is h.__code__
print(list(h()), h().gi_code.co_filename == __file__)
x = g(); list(x); print(x.gi_code.co_name, x.gi_frame)
import traceback
def fail(): 1/0
try:
    fail()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_code.co_firstlineno)
        tb = tb.tb_next
