"""A memory-leak hunt with gc.get_referrers, gc.garbage and DEBUG_SAVEALL."""
import gc


class Session:
    registry = []

    def __init__(self, user):
        self.user = user
        self.handlers = []
        Session.registry.append(self)

    def on(self, fn):
        self.handlers.append(fn)

    def __repr__(self):
        return f"Session({self.user})"


def leaky():
    s = Session("ann")
    s.on(lambda: s.user)
    return s.user


gc.collect()
print(leaky(), leaky())
found = [o for o in gc.get_objects() if isinstance(o, Session)]
print("sessions alive:", found)
suspect = found[0]
refs = gc.get_referrers(suspect)
kinds = sorted(type(r).__name__ for r in refs if r is not found)
print("referrers of first session:", kinds)
print("held by registry:", any(r is Session.registry for r in refs))
del found, refs, suspect
Session.registry.clear()
print("registry cleared; collected:", gc.collect())


class Blob:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __repr__(self):
        return f"Blob{self.n}"


gc.set_debug(gc.DEBUG_SAVEALL)
for i in range(3):
    Blob(i)
n = gc.collect()
print("collected", n, "garbage kept:", len(gc.garbage))
print(sorted(repr(o) for o in gc.garbage if isinstance(o, Blob)))
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
del gc.garbage[:]
print("flags", gc.get_debug(), "garbage", gc.garbage)

a = []
b = [a]
a.append(b)
print(gc.is_tracked(a), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked({"a": []}))
print(len(gc.get_referents(a)), gc.get_referents(b)[0] is a)
del a, b
print(gc.collect())


class Tracker:
    instances = 0

    def __init__(self):
        Tracker.instances += 1

    def __del__(self):
        Tracker.instances -= 1


def churn():
    objs = []
    for i in range(10):
        t = Tracker()
        t.peer = t if i % 2 else None
        objs.append(t)
    return len(objs)


churn()
print("after churn:", Tracker.instances)
gc.collect()
print("after collect:", Tracker.instances)
gc.disable()
churn()
print("disabled, enabled?", gc.isenabled(), Tracker.instances)
gc.enable()
gc.collect()
print("finally:", Tracker.instances, gc.isenabled())
print("thresholds", gc.get_threshold())
cb_log = []


def cb(phase, info):
    cb_log.append((phase, info["generation"]))


gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(cb_log)
