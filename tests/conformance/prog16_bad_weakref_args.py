import weakref
class O: pass
def t(f, *a, **k):
    try:
        f(*a, **k); print("ok")
    except Exception as e:
        print(type(e).__name__, e)
t(weakref.ref)
t(weakref.ref, O(), None, None)
t(weakref.ref, O(), callback=None)
t(weakref.proxy)
t(weakref.proxy, O(), None, 1)
t(weakref.getweakrefcount)
t(weakref.getweakrefs, 1, 2)
t(weakref.WeakMethod, O())
t(weakref.WeakValueDictionary, 1)
t(weakref.WeakKeyDictionary, [1])
t(weakref.WeakSet, [1])
t(weakref.WeakSet, 5)
