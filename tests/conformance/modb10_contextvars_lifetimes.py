# contextvars: a context holds its values; set() lets go of the value it
# replaces unless a Token or a copied context still holds it.
import gc
import threading
from contextvars import ContextVar, Context, copy_context


class Val:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)

    def __repr__(self):
        return 'Val(%s)' % self.name


v = ContextVar('v')
w = ContextVar('w', default=Val('default'))

print('set a, then b (the token of a is dropped)')
v.set(Val('a'))
v.set(Val('b'))
print('set c, keeping the token')
tok = v.set(Val('c'))
print('token holds', tok.old_value)
print('reset')
v.reset(tok)
print('now', v.get())
print('drop the token')
del tok

print('a copied context shares the values')
snap = copy_context()
v.set(Val('d'))
print('snapshot still has', snap[v])
del snap
print('snapshot gone')

print('Context.run: values set inside stay in that context')
ctx = Context()


def inside(tag):
    v.set(Val(tag))
    return v.get()


print(ctx.run(inside, 'e'))
print(ctx.run(inside, 'f'))
print('outside', v.get(), w.get())
print('drop the context')
del ctx
print('dropped')

print('a context in a cycle through its own value')


class Holder:
    def __init__(self, name):
        self.name = name
        self.ctx = None

    def __del__(self):
        print('  del holder', self.name)


ctx = Context()
h = Holder('cyc')
h.ctx = ctx
ctx.run(v.set, h)
del ctx, h
print('collect', gc.collect() > 0)

print('a thread starts in an empty context')


def worker():
    print('  thread sees', v.get('nothing'), w.get())
    v.set(Val('thread'))
    print('  thread set', v.get())


th = threading.Thread(target=worker)
th.start()
th.join()
print('main still', v.get())
del th
print('reset to a missing value removes the variable')
u = ContextVar('u')
t = u.set(Val('u1'))
u.reset(t)
print('u in context', u in copy_context())
print('end')
