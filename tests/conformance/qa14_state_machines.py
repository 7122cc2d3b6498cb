# An ordinary program (qa14 sweep): an Enum state machine with listeners, a
# generator traffic light and a match-statement vending machine; an invalid
# transition is uncaught at the end.
from enum import Enum

class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"

class InvalidTransition(Exception):
    pass

TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []
        self.listeners = []
    def on(self, fn):
        self.listeners.append(fn)
        return fn
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f"cannot {event!r} from {self.state.value}")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old.name}->{self.state.name}")
        for fn in self.listeners:
            fn(old, self.state)

m = Machine()
@m.on
def printer(old, new):
    print(f"  [{old.value:>8} => {new.value:<8}]")

for ev in ["start", "pause", "resume", "finish"]:
    m.fire(ev)
print(m.log)
try:
    m.fire("start")
except InvalidTransition as e:
    print("invalid:", e)

# a traffic light via generator
def traffic():
    while True:
        yield "green", 3
        yield "yellow", 1
        yield "red", 2

t = traffic()
timeline = []
for _ in range(5):
    color, dur = next(t)
    timeline.extend([color[0].upper()] * dur)
print("".join(timeline))

# vending machine with match
def vend(events):
    credit = 0
    for ev in events:
        match ev:
            case ("coin", int(n)) if n in (5, 10, 25):
                credit += n
            case ("coin", n):
                print(f"rejected coin {n!r}")
            case ("buy", item, price) if credit >= price:
                credit -= price
                print(f"vended {item}, credit {credit}")
            case ("buy", item, _):
                print(f"need more for {item}")
            case "refund":
                print(f"refund {credit}")
                credit = 0
            case _:
                print("unknown", ev)
    return credit

print(vend([("coin", 25), ("coin", 3), ("buy", "gum", 30), ("coin", 10), ("buy", "gum", 30), "refund", 42]))
m2 = Machine()
m2.fire("pause")
