"""An actor system built on generators used as coroutines: send/throw/close,
GeneratorExit cleanup, and what keeps a suspended actor alive."""
import gc

gc.disable()
import weakref
import sys


class Stop(Exception):
    pass


class Mailbox:
    def __init__(self, owner):
        self.owner = owner
        self.items = []

    def __del__(self):
        print(f"  mailbox of {self.owner} freed ({len(self.items)} left)")


def actor(name, system):
    box = Mailbox(name)
    total = 0
    print(f"  {name} starting")
    try:
        while True:
            try:
                msg = yield total
            except Stop as e:
                print(f"  {name} told to stop: {e}")
                return total
            except ValueError as e:
                print(f"  {name} recovered from {e!r}")
                continue
            box.items.append(msg)
            if isinstance(msg, int):
                total += msg
            elif msg == "forward":
                system.send("logger", f"{name} forwarded at {total}")
    except GeneratorExit:
        print(f"  {name} closing with total {total}")
        raise
    finally:
        print(f"  {name} finally")


def logger_actor():
    lines = []
    try:
        while True:
            line = yield len(lines)
            lines.append(line)
            print("  log:", line)
    finally:
        print("  logger wrote", len(lines), "lines")


class System:
    def __init__(self):
        self.actors = {}

    def spawn(self, name, gen):
        next(gen)
        self.actors[name] = gen
        return gen

    def send(self, name, msg):
        try:
            return self.actors[name].send(msg)
        except StopIteration as e:
            print(f"  {name} finished with {e.value}")
            del self.actors[name]

    def shutdown(self):
        for name in sorted(self.actors):
            self.actors[name].close()
        self.actors.clear()


sys_ = System()
sys_.spawn("logger", logger_actor())
a = sys_.spawn("adder", actor("adder", sys_))
print("send 5 ->", sys_.send("adder", 5))
print("send 7 ->", sys_.send("adder", 7))
print("forward ->", sys_.send("adder", "forward"))
print("throw ValueError ->", a.throw(ValueError("bad input")))
print("state:", a.gi_frame is not None, a.gi_running)
try:
    a.throw(Stop("enough"))
except StopIteration as e:
    print("StopIteration value", e.value)
print("after stop, frame:", a.gi_frame)
del sys_.actors["adder"]
del a

print("== an actor dropped while suspended")
b = sys_.spawn("b", actor("b", sys_))
sys_.send("b", 1)
wb = weakref.ref(b)
del b
del sys_.actors["b"]
print("b alive:", wb() is not None)

print("== an actor in a reference cycle with its system")
s2 = System()
s2.spawn("c", actor("c", s2))
s2.send("c", 3)
del s2
print("before collect")
print("collected", gc.collect())

print("== close() on a generator that ignores GeneratorExit")
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("  ignoring GeneratorExit")
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

print("== throw into an unstarted generator")
g2 = actor("never", None)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print("frame after:", g2.gi_frame)

print("== shutdown")
sys_.shutdown()
print("end", len(sys_.actors))
g = None
