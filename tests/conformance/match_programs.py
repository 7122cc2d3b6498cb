# match in ordinary programs: a command interpreter, an expression
# evaluator over tuples, dataclass and namedtuple patterns (their
# __match_args__), enum members as value patterns, and event dispatch.
from dataclasses import dataclass
from collections import namedtuple
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Move:
    dx: int
    dy: int

@dataclass
class Say:
    text: str
    loud: bool = False

Pair = namedtuple("Pair", "left right")

def run(command):
    match command.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for c in ["go north", "go", "go a b", "pick up lamp", "take key", "drop a b", "drop", "quit", "exit", "", "dance wildly"]:
    print(repr(c), "->", run(c))

def evaluate(expr):
    match expr:
        case int() | float() as n:
            return n
        case ("+", left, right):
            return evaluate(left) + evaluate(right)
        case ("*", left, right):
            return evaluate(left) * evaluate(right)
        case ("-", operand):
            return -evaluate(operand)
        case ("sum", *terms):
            return sum(evaluate(t) for t in terms)
        case _:
            raise ValueError(f"bad expression {expr!r}")
print(evaluate(("+", 1, ("*", 2, 3))), evaluate(("sum", 1, 2, ("-", 3))), evaluate(2.5))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print(e)

def act(event):
    match event:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(dx=dx, dy=dy):
            return f"move {dx},{dy}"
        case Say(text, loud=True):
            return text.upper()
        case Say(text):
            return text
        case Pair(Color.RED, right):
            return f"red pair with {right}"
        case Pair(left, right) if left == right:
            return "twins"
        case Color.GREEN:
            return "green"
        case _:
            return "?"
for e in [Move(0, 0), Move(3, 0), Move(1, 2), Say("hi", loud=True), Say("hello"), Pair(Color.RED, 5), Pair(1, 1), Pair(1, 2), Color.GREEN, Color.RED]:
    print(e, "->", act(e))
print(Move.__match_args__, Pair.__match_args__)
