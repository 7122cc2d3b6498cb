from collections import defaultdict
from typing import Callable
import weakref

class Topic:
    def __init__(self, name): self.name = name; self.subs = []
    def __repr__(self): return f"Topic({self.name!r})"

class Broker:
    def __init__(self):
        self.topics = {}
        self.delivered = defaultdict(int)
    def topic(self, name):
        if name not in self.topics:
            self.topics[name] = Topic(name)
        return self.topics[name]
    def subscribe(self, pattern: str, fn: Callable):
        for name, t in self.topics.items():
            if name.startswith(pattern.rstrip("*")) if pattern.endswith("*") else name == pattern:
                t.subs.append(fn)
    def publish(self, name, msg):
        t = self.topics[name]
        for fn in t.subs:
            fn(name, msg)
            self.delivered[name] += 1

b = Broker()
for n in ["news.sport", "news.tech", "weather"]:
    b.topic(n)
class Client:
    def __init__(self, cid): self.cid = cid; self.inbox = []
    def __call__(self, topic, msg):
        self.inbox.append(f"{topic}:{msg}")
    def __del__(self): print(f"client {self.cid} gone")
c1, c2 = Client(1), Client(2)
b.subscribe("news.*", c1)
b.subscribe("weather", c2)
b.subscribe("news.tech", lambda t, m: print("lambda saw", t, m))
b.publish("news.tech", "new chip")
b.publish("weather", "rain")
b.publish("news.sport", "goal")
print(c1.inbox, c2.inbox, dict(b.delivered))
del c1
print("c1 still subscribed (strong refs)")
b.topics["news.sport"].subs.clear()
b.topics["news.tech"].subs.pop(0)
print("unsubscribed")
print(weakref.getweakrefcount(c2))
