# An ordinary typed program: an event bus with typed callbacks held in a
# WeakValueDictionary / weak methods, a generic repository, Optional
# returns and dataclasses with typing aliases; annotations everywhere must
# not change what runs or when objects die.
import gc
import weakref
from dataclasses import dataclass, field
from typing import Callable, Dict, Generic, List, Optional, TypeVar

gc.disable()
T = TypeVar('T')


@dataclass
class Event:
    name: str
    payload: Dict[str, int] = field(default_factory=dict)


class Listener:
    def __init__(self, name: str) -> None:
        self.name = name
        self.seen: List[str] = []

    def on_event(self, event: Event) -> None:
        self.seen.append(event.name)

    def __del__(self) -> None:
        print("listener", self.name, "gone after", self.seen)


class Bus:
    def __init__(self) -> None:
        self.handlers: List[weakref.WeakMethod] = []

    def subscribe(self, handler: Callable[[Event], None]) -> None:
        self.handlers.append(weakref.WeakMethod(handler, self._drop))

    def _drop(self, ref: weakref.WeakMethod) -> None:
        print("dropping dead handler")
        self.handlers.remove(ref)

    def publish(self, event: Event) -> int:
        delivered = 0
        for ref in list(self.handlers):
            handler: Optional[Callable[[Event], None]] = ref()
            if handler is not None:
                handler(event)
                delivered += 1
        return delivered


class Repository(Generic[T]):
    def __init__(self) -> None:
        self.items: Dict[str, T] = {}

    def add(self, key: str, item: T) -> None:
        self.items[key] = item

    def find(self, key: str) -> Optional[T]:
        return self.items.get(key)


bus = Bus()
a, b = Listener("a"), Listener("b")
bus.subscribe(a.on_event)
bus.subscribe(b.on_event)
print(bus.publish(Event("start")))
del a
print(bus.publish(Event("next", {"n": 1})))
repo: Repository[Listener] = Repository[Listener]()
repo.add("b", b)
print(repo.find("b").name, repo.find("zzz"), repo.__orig_class__)
del b
print("b still in repo")
repo.items.clear()
print(bus.publish(Event("end")))
print(Bus.publish.__annotations__)
