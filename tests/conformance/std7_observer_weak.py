# An observer/event-bus program: defaultdict of WeakSets for subscribers
# and WeakMethod callbacks whose death callback (a functools.partial)
# unregisters them; subscribers dying by refcount and one in a self-cycle
# dying in gc.collect(), with the bus noticing each.
import weakref, gc, functools
from collections import defaultdict
class EventBus:
    def __init__(self):
        self._subs = defaultdict(weakref.WeakSet)
        self._methods = defaultdict(list)
    def subscribe(self, topic, obj): self._subs[topic].add(obj)
    def on(self, topic, bound):
        self._methods[topic].append(weakref.WeakMethod(bound, functools.partial(self._dead, topic)))
    def _dead(self, topic, ref):
        print("dead method on", topic)
        self._methods[topic].remove(ref)
    def publish(self, topic, msg):
        for o in sorted(self._subs[topic], key=lambda o: o.name):
            o.notify(topic, msg)
        for r in list(self._methods[topic]):
            m = r()
            if m is not None: m(msg)
class Sub:
    def __init__(self, name): self.name = name
    def notify(self, topic, msg): print(f"{self.name} got {msg} on {topic}")
    def handle(self, msg): print(f"{self.name}.handle({msg})")
    def __del__(self): print("del", self.name)
bus = EventBus()
a, b = Sub("a"), Sub("b")
bus.subscribe("news", a); bus.subscribe("news", b); bus.on("news", a.handle)
bus.publish("news", 1)
del a
bus.publish("news", 2)
print(len(bus._subs["news"]), len(bus._methods["news"]))
b.cycle = b
del b
print("before collect")
gc.collect()
bus.publish("news", 3)
print(dict((k, len(v)) for k, v in bus._subs.items()))
