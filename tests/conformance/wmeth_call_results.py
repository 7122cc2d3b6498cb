# Calling a WeakMethod rebuilds a NEW bound method each time: equal to s.m but
# not identical, with the same __self__ and __func__; a non-method argument
# raises TypeError naming its class. (Lib/weakref.py WeakMethod)
# CPython: Lib/weakref.py WeakMethod.__new__/__call__.
import gc
import weakref

gc.disable()


class Svc:
    def m(self, x):
        return x + 1


s = Svc()
wm = weakref.WeakMethod(s.m)
b1 = wm()
b2 = wm()
print("b1 is b2:", b1 is b2, "| b1 == b2:", b1 == b2, "| b1 == s.m:", b1 == s.m)
print("__self__ is s:", b1.__self__ is s, "| __func__ is Svc.m:", b1.__func__ is Svc.m)
print("call:", b1(41), "| isinstance of ref:", isinstance(wm, weakref.ref))
print("a WeakMethod has an internal __callback__ even without one:", wm.__callback__ is not None)
for bad in [Svc.m, lambda: 1, s]:
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError:", e)
del b1, b2, bad
del s
print("after del s: wm() is None:", wm() is None)
