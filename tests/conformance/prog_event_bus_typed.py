# A typed event bus (dataclass events, WeakMethod and weakref.ref handlers with
# cleanup closures holding the bus weakly): dead handlers removed as they die.
from __future__ import annotations
import weakref, gc
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

@dataclass
class Event:
    name: str
    payload: dict = field(default_factory=dict)

class EventBus:
    def __init__(self) -> None:
        self._handlers: Dict[str, List[weakref.ref]] = {}
        self.delivered = 0

    def subscribe(self, name: str, handler: Callable[[Event], None]) -> None:
        if hasattr(handler, "__self__"):
            ref = weakref.WeakMethod(handler, self._make_cleanup(name))
        else:
            ref = weakref.ref(handler, self._make_cleanup(name))
        self._handlers.setdefault(name, []).append(ref)

    def _make_cleanup(self, name: str):
        bus_ref = weakref.ref(self)
        def cleanup(dead):
            bus = bus_ref()
            if bus is not None:
                bus._handlers[name].remove(dead)
                print(f"  [bus] removed dead handler for {name!r}, {len(bus._handlers[name])} left")
        return cleanup

    def publish(self, event: Event) -> int:
        n = 0
        for ref in list(self._handlers.get(event.name, [])):
            h = ref()
            if h is not None:
                h(event)
                n += 1
        self.delivered += n
        return n

class Widget:
    def __init__(self, name: str, bus: EventBus) -> None:
        self.name = name
        bus.subscribe("click", self.on_click)
        bus.subscribe("close", self.on_close)
    def on_click(self, e: Event) -> None:
        print(f"  {self.name} clicked {e.payload}")
    def on_close(self, e: Event) -> None:
        print(f"  {self.name} closing")
    def __del__(self) -> None:
        print(f"  ~Widget({self.name})")

def log_all(e: Event) -> None:
    print(f"  log: {e.name}")

bus = EventBus()
w1 = Widget("ok", bus)
w2 = Widget("cancel", bus)
bus.subscribe("click", log_all)
print("publish click ->", bus.publish(Event("click", {"x": 1})))
del w1
print("publish click ->", bus.publish(Event("click")))
w2.self_ref = w2
del w2
print("w2 still subscribed (cycle):", bus.publish(Event("close")))
print("gc:", gc.collect())
print("publish close ->", bus.publish(Event("close")))
del log_all
print("publish click ->", bus.publish(Event("click")))
print("delivered", bus.delivered)
bus2 = EventBus()
w3 = Widget("orphan", bus2)
del bus2
print("bus2 gone; w3 alive")
del w3
print("end")
