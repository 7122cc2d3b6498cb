# The weak dictionaries' and WeakMethod's methods that Lib/weakref.py
# defines in Python check their positional arguments as Python functions
# do (missing 'key', "takes from 2 to 3 positional arguments"); pop's
# *args: WeakValueDictionary ignores the extra ones, WeakKeyDictionary
# passes them to dict.pop after making the key's weakref. Nothing changes
# on a refused call.
import weakref
class C:
    def m(self): pass
c = C()
def t(f, *a):
    try:
        r = f(*a)
        print("ok", type(r).__name__)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
for args in [(), (c.m, 1, 2)]:
    t(weakref.WeakMethod, *args)
d = weakref.WeakValueDictionary({1: c})
k = weakref.WeakKeyDictionary({c: 1})
for f, a in [(d.get, ()), (d.get, (1, 2, 3)), (d.setdefault, (1, 2, 3)), (d.setdefault, ()), (d.pop, (1, 2, 3)),
             (d.update, (1, 2)), (d.popitem, (1,)), (d.copy, (1,)), (d.valuerefs, (1,)), (d.itervaluerefs, (1,)),
             (d.pop, ()), (d.clear, (1,)), (d.keys, (1,))]:
    t(f, *a)
for f, a in [(k.get, ()), (k.setdefault, ()), (k.pop, ()), (k.pop, (1, 2, 3)), (k.pop, (c, 2, 3)), (k.keyrefs, (1,)),
             (k.update, (1, 2)), (k.get, (c, 2, 3))]:
    t(f, *a)
print(len(d), len(k))
