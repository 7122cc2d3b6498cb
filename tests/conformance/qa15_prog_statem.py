# An ordinary program from the qa15 sweep (python3 and gclab agree on it).
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    SELECTING = auto()
    PAYING = auto()
    DISPENSING = auto()
    OUT_OF_ORDER = auto()


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} while {state.name}")
        self.state = state
        self.event = event


class VendingMachine:
    PRICES = {"A1": 125, "A2": 90, "B1": 200}
    TRANSITIONS = {
        (State.IDLE, "select"): State.SELECTING,
        (State.SELECTING, "select"): State.SELECTING,
        (State.SELECTING, "cancel"): State.IDLE,
        (State.SELECTING, "coin"): State.PAYING,
        (State.PAYING, "coin"): State.PAYING,
        (State.PAYING, "cancel"): State.IDLE,
        (State.PAYING, "paid"): State.DISPENSING,
        (State.DISPENSING, "take"): State.IDLE,
    }

    def __init__(self, stock):
        self.state = State.IDLE
        self.stock = dict(stock)
        self.choice = None
        self.credit = 0
        self.bank = 0
        self.history = []

    def fire(self, event, arg=None):
        key = (self.state, event)
        if self.state is State.OUT_OF_ORDER or key not in self.TRANSITIONS:
            raise InvalidTransition(self.state, event)
        handler = getattr(self, f"on_{event}", None)
        new = self.TRANSITIONS[key]
        msg = handler(arg) if handler else None
        old, self.state = self.state, new
        self.history.append((old.name, event, self.state.name))
        if self.state is State.PAYING and self.credit >= self.PRICES[self.choice]:
            self.fire("paid")
        return msg

    def on_select(self, code):
        if code not in self.PRICES:
            raise KeyError(code)
        if not self.stock.get(code):
            raise LookupError(f"{code} sold out")
        self.choice = code
        return f"selected {code} ({self.PRICES[code] / 100:.2f})"

    def on_coin(self, cents):
        if cents not in (5, 10, 25, 100):
            raise ValueError(f"rejected coin {cents}")
        self.credit += cents

    def on_cancel(self, _):
        refund, self.credit, self.choice = self.credit, 0, None
        return f"refund {refund}"

    def on_paid(self, _):
        self.stock[self.choice] -= 1
        change = self.credit - self.PRICES[self.choice]
        self.bank += self.PRICES[self.choice]
        self.credit = 0
        return f"change {change}"

    def on_take(self, _):
        item, self.choice = self.choice, None
        return f"enjoy your {item}"


vm = VendingMachine({"A1": 1, "A2": 5, "B1": 0})
events = [("select", "A1"), ("coin", 100), ("coin", 3), ("coin", 25), ("take", None),
          ("select", "A1"), ("select", "B1"), ("select", "Z9"), ("coin", 25), ("select", "A2"),
          ("select", "A2"), ("coin", 100), ("take", None), ("take", None), ("cancel", None)]
for ev, arg in events:
    try:
        msg = vm.fire(ev, arg)
        print(f"{ev:>6} {arg!s:<5} -> {vm.state.name:<11} {msg or ''}")
    except InvalidTransition as e:
        print(f"{ev:>6} {arg!s:<5} !! {e}")
    except (KeyError, LookupError, ValueError) as e:
        print(f"{ev:>6} {arg!s:<5} !! {type(e).__name__}: {e}")
print(vm.stock, vm.bank, vm.credit)
for h in vm.history:
    print(*h, sep=" -> ")
vm.state = State.OUT_OF_ORDER
vm.fire("select", "A2")
