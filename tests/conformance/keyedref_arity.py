# KeyedRef.__new__ arity errors name the missing parameters, as Lib/weakref.py's Python signature does
import weakref
class O:
    pass
o = O()
for args in [(), (o,), (o, None), (o, None, 1, 2)]:
    try:
        weakref.KeyedRef(*args)
    except TypeError as e:
        print(e)
k = weakref.KeyedRef(o, None, "k")
print(k.key, k() is o)
