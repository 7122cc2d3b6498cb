# contextvars: get/set/reset, defaults, copy_context, Context.run, the mapping API.
import re
from contextvars import ContextVar, Context, Token, copy_context
import contextvars


def addr(s):
    return re.sub(r'0x[0-9a-f]+', '0x...', s)


v = ContextVar('v')
d = ContextVar('d', default=5)
print(type(v), type(Context()), Token, ContextVar.__module__)
print(addr(repr(v)), addr(repr(d)))
print(Token.MISSING, type(Token.MISSING))
print(d.get(), d.get(7), v.get(9), v.name)
try:
    v.get()
except LookupError as e:
    print('LookupError', e.args[0] is v, addr(str(e)))
t = v.set(1)
print(addr(repr(t)), t.var is v, t.old_value is Token.MISSING)
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get(), addr(repr(t2)))
v.reset(t)
print(v.get('gone'))
c = copy_context()
print(len(c), v in c, d in c, list(c.keys()) == [], c.get(v), c.get(v, 3))
v.set('x')
c2 = copy_context()
print(c2[v], c2.get(v), list(c2.values()), len(c2), len(c))
print(c == c2, c2 == copy_context(), Context() == Context(), c != c2)
try:
    c[v]
except KeyError as e:
    print('KeyError', e.args[0] is v)
for bad in (1, 's', None):
    try:
        c[bad]
    except TypeError as e:
        print(e)
print([k is v for k in c2], [(k is v, val) for k, val in c2.items()])
print(addr(repr(c2)), addr(repr(c2.keys())), type(iter(c2)).__name__)


def f(x, y=0):
    print('inside', v.get(), x, y)
    v.set('in')
    return x + y


ctx = copy_context()
print(ctx.run(f, 1, y=2), v.get(), ctx[v])
print(ctx.run(v.get), ctx.copy()[v])
ctx2 = ctx.copy()
print(ctx2 is ctx, ctx2 == ctx)
print(Context().run(d.get), Context().run(v.get, 'dflt'))
print(sorted(contextvars.__all__))
