"""Observer pattern pitfalls: lambdas and partials capturing self keep
observers alive; WeakMethod and weak sets fix it; id reuse after death."""
import functools
import gc
import weakref

gc.disable()


class Subject:
    def __init__(self):
        self.strong = []
        self.weak = []

    def attach_strong(self, fn):
        self.strong.append(fn)

    def attach_weak(self, method):
        self.weak.append(weakref.WeakMethod(method))

    def notify(self, event):
        for fn in self.strong:
            fn(event)
        alive = []
        for ref in self.weak:
            m = ref()
            if m is not None:
                m(event)
                alive.append(ref)
        dropped = len(self.weak) - len(alive)
        self.weak = alive
        return dropped


class View:
    live = 0

    def __init__(self, name):
        self.name = name
        self.events = []
        View.live += 1

    def update(self, event):
        self.events.append(event)
        print(f"  {self.name} <- {event}")

    def __del__(self):
        View.live -= 1
        print(f"  del view {self.name}")


subject = Subject()
v1 = View("lambda")
subject.attach_strong(lambda e: v1.update(e))
v2 = View("partial")
subject.attach_strong(functools.partial(View.update, v2))
v3 = View("bound")
subject.attach_strong(v3.update)
v4 = View("weak")
subject.attach_weak(v4.update)
subject.notify("first")

print("== drop all views")
r3 = weakref.ref(v3)
del v2, v3, v4
print("live views:", View.live, "| bound kept alive:", r3() is not None)
print("dropped weak:", subject.notify("second"))
print("v1 alive only via global:", View.live)
del v1
print("lambda closes over the global name, so v1 went:", View.live)

print("== find who keeps v2 alive")
for fn in subject.strong:
    if isinstance(fn, functools.partial):
        print("  partial args:", [a.name for a in fn.args], fn.func.__qualname__)
referrers = [type(r).__name__ for r in gc.get_referrers(subject.strong[1].args[0])]
print("  referrers of the partial's view:", sorted(referrers))
subject.strong.clear()
print("after clearing strong list:", View.live)

print("== closure cell keeps an object")
def make_handler(view):
    def handler(e):
        view.update(e)
    return handler


vv = View("closure")
h = make_handler(vv)
del vv
print("alive via cell:", View.live, h.__closure__[0].cell_contents.name)
del h
print("after del handler:", View.live)

print("== id reuse (compared, not printed)")
class Tiny:
    pass


first = Tiny()
first_id = id(first)
del first
second = Tiny()
print("second reuses the id:", id(second) == first_id)
ids = set()
for _ in range(5):
    ids.add(id(Tiny()))
print("temporaries share ids:", len(ids) == 1)
keep = [Tiny() for _ in range(5)]
print("live objects have distinct ids:", len({id(k) for k in keep}) == 5)
print("end")
