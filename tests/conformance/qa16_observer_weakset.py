import weakref
from typing import Callable, List

class Subject:
    def __init__(self, name: str) -> None:
        self.name = name
        self._observers: "weakref.WeakSet[Observer]" = weakref.WeakSet()

    def attach(self, obs: "Observer") -> None:
        self._observers.add(obs)

    def notify(self, event: str) -> None:
        for obs in sorted(self._observers, key=lambda o: o.name):
            obs.update(self, event)

    def count(self) -> int:
        return len(self._observers)

class Observer:
    def __init__(self, name: str):
        self.name = name
        self.seen: List[str] = []

    def update(self, subject: Subject, event: str) -> None:
        self.seen.append(f"{subject.name}:{event}")
        print(f"  {self.name} got {event!r} from {subject.name}")

    def __del__(self):
        print(f"  {self.name} deleted after seeing {len(self.seen)} events")

s = Subject("temp-sensor")
a, b, c = Observer("a"), Observer("b"), Observer("c")
for o in (a, b, c):
    s.attach(o)
print("observers:", s.count())
s.notify("reading=21")
del b
print("observers:", s.count())
s.notify("reading=22")
c.partner = c
del c
print("observers after del c:", s.count())
import gc
gc.collect()
print("observers after collect:", s.count())
s.notify("reading=23")
print("end")
