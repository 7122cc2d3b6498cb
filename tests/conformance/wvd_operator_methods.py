# The operator methods the weak containers define in Python: the weak
# dictionaries' __or__, __ror__ and __ior__ (called directly, including
# NotImplemented for a non-mapping), WeakSet's __or__/__sub__/__and__/
# __xor__ and their in-place forms, and no reflected WeakSet operators.
import weakref
class C:
    pass
c, e = C(), C()
d = weakref.WeakValueDictionary({1: c})
k = weakref.WeakKeyDictionary({c: 1})
s = weakref.WeakSet([c])
def t(f, *a):
    try:
        r = f(*a)
        print("ok", type(r).__name__, r is NotImplemented or len(r))
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__, ex)
for obj in (d, k, s):
    for name in ("__or__", "__ror__", "__ior__", "__sub__", "__isub__", "__and__", "__iand__", "__xor__", "__ixor__"):
        print(type(obj).__name__, name, hasattr(obj, name))
t(d.__or__, {2: e})
t(d.__ror__, {2: e})
t(d.__or__, 1)
t(d.__ior__, {3: e})
t(d.__ior__, 1)
t(k.__or__, {e: 2})
t(k.__ror__, {e: 2})
t(k.__ior__, [(e, 5)])
t(s.__or__, [e])
t(s.__sub__, [c])
t(s.__and__, [c])
t(s.__xor__, [e])
t(s.__ior__, [e])
t(s.__isub__, [e])
