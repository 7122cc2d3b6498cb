# A WeakMethod also dies when its function dies (deleted from the class while
# nothing else holds it): its callback runs once, right then; the later death
# of the object does not call it again.
# CPython: Lib/weakref.py WeakMethod._cb (guarded by _alive).
import gc
import weakref

gc.disable()


class Svc:
    def work(self):
        return "working"


def cb(wm):
    print("callback: wm() is None:", wm() is None)


s = Svc()
wm = weakref.WeakMethod(s.work, cb)
print("wm()():", wm()())
print("del Svc.work")
del Svc.work
print("wm() is None:", wm() is None, "| s alive:", type(s).__name__)
print("del s")
del s
print("end")
