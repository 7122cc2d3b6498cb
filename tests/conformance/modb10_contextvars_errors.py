# contextvars: CPython's exceptions and messages for bad arguments and misuse.
import re
from contextvars import ContextVar, Context, Token, copy_context


def addr(s):
    return re.sub(r'0x[0-9a-f]+', '0x...', s)


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, addr(str(e)))
    else:
        print(label, '=', addr(repr(r)))


v = ContextVar('v')
w = ContextVar('w', default=None)
attempt('ContextVar()', lambda: ContextVar())
attempt('ContextVar(1)', lambda: ContextVar(1))
attempt("ContextVar('a', 1)", lambda: ContextVar('a', 1))
attempt("ContextVar(name='a')", lambda: ContextVar(name='a'))
attempt("ContextVar('a', foo=1)", lambda: ContextVar('a', foo=1))
attempt("ContextVar('a', default=1, foo=2)", lambda: ContextVar('a', default=1, foo=2))
attempt('v.get(1, 2)', lambda: v.get(1, 2))
attempt('v.get(default=1)', lambda: v.get(default=1))
attempt('v.set()', lambda: v.set())
attempt('v.set(1, 2)', lambda: v.set(1, 2))
attempt('v.set(x=1)', lambda: v.set(x=1))
attempt('v.reset(1)', lambda: v.reset(1))
attempt("v.reset('t')", lambda: v.reset('t'))
attempt('Token()', lambda: Token())
attempt('Context(1)', lambda: Context(1))
attempt('copy_context(1)', lambda: copy_context(1))
attempt('copy_context(x=1)', lambda: copy_context(x=1))
attempt('Context().run()', lambda: Context().run())
attempt('Context.run()', lambda: Context.run())
attempt('Context().run(1)', lambda: Context().run(1))
attempt('Context().get()', lambda: Context().get())
attempt('hash(Context())', lambda: hash(Context()))
attempt("v.name = 'x'", lambda: setattr(v, 'name', 'x'))
t = v.set(1)
attempt('t.var = 1', lambda: setattr(t, 'var', 1))
attempt('t.old_value = 1', lambda: setattr(t, 'old_value', 1))
attempt('w.reset(t)', lambda: w.reset(t))
attempt('v.reset(t)', lambda: v.reset(t))
attempt('v.reset(t) again', lambda: v.reset(t))
ctx = copy_context()
t3 = ctx.run(v.set, 3)
attempt('reset in another context', lambda: v.reset(t3))
attempt('ctx.run(v.reset, t3)', lambda: ctx.run(v.reset, t3))
attempt('ctx[v] after reset', lambda: ctx[v])


def reenter():
    return ctx.run(lambda: None)


attempt('re-enter', lambda: ctx.run(reenter))
attempt('c[v] = 1', lambda: Context().__setitem__(v, 1))
for base in (ContextVar, Context, Token):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)
import weakref
for obj in (v, Context(), v.set(0)):
    try:
        weakref.ref(obj)
        print('weakref ok', type(obj).__name__)
    except TypeError as e:
        print(e)
print(hasattr(v, '__dict__'), hasattr(Context(), '__dict__'))
print(ContextVar[int], Token[str])
import pickle
for obj in (v, Context()):
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print(e)
try:
    del Context()[v]
except TypeError as e:
    print(e)


def failing():
    v.set('during')
    raise ValueError('boom')


c4 = Context()
try:
    c4.run(failing)
except ValueError as e:
    import traceback
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
print(c4[v], v.get())
