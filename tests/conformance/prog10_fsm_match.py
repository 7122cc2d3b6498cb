"""A finite-state parser using match statements."""
from dataclasses import dataclass
from enum import Enum, auto


class State(Enum):
    START = auto()
    KEY = auto()
    VALUE = auto()
    DONE = auto()


@dataclass
class Token:
    kind: str
    text: str


def lex(src):
    i = 0
    while i < len(src):
        ch = src[i]
        match ch:
            case " " | "\t":
                i += 1
            case "=" | ";" | "{" | "}":
                yield Token("punct", ch)
                i += 1
            case c if c.isdigit():
                j = i
                while j < len(src) and src[j].isdigit():
                    j += 1
                yield Token("num", src[i:j])
                i = j
            case c if c.isalpha():
                j = i
                while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                    j += 1
                yield Token("name", src[i:j])
                i = j
            case _:
                raise SyntaxError(f"unexpected {ch!r} at {i}")


def parse(src):
    state = State.START
    out = {}
    key = None
    for tok in lex(src):
        match (state, tok):
            case (State.START, Token(kind="punct", text="{")):
                state = State.KEY
            case (State.KEY, Token(kind="name", text=name)):
                key = name
            case (State.KEY, Token("punct", "=")) if key is not None:
                state = State.VALUE
            case (State.VALUE, Token(kind="num" | "name") as t):
                out[key] = int(t.text) if t.kind == "num" else t.text
                key = None
                state = State.KEY
            case (State.KEY, Token(text=";")):
                pass
            case (State.KEY, Token(text="}")):
                state = State.DONE
            case (st, t):
                raise ValueError(f"in {st.name}: unexpected {t}")
    if state is not State.DONE:
        raise ValueError(f"ended in {state}")
    return out


print(parse("{ a = 1; b = two; c_3 = 33 }"))
for bad in ["{ a = = }", "{ a = 1", "a", "{ x = 1 } $"]:
    try:
        print(parse(bad))
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)


def describe(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["go", d]:
            return f"unknown direction {d}"
        case ["take", *items] if items:
            return f"taking {len(items)}: {items}"
        case ["say", first, *rest]:
            return f"say {first} (+{len(rest)})"
        case _:
            return f"? {cmd!r}"


for c in ["", "go north", "go up", "take a b c", "take", "say hi there you", "dance"]:
    print(describe(c))


def shape(obj):
    match obj:
        case {"type": "circle", "r": r}:
            return 3 * r * r
        case {"type": "rect", "w": w, "h": h, **rest}:
            return w * h, rest
        case [x, y] | (x, y, _):
            return x + y
        case int() | float() as n if n < 0:
            return "negative"
        case str(s):
            return s.upper()
        case None:
            return "none"
    return "no match"


for o in [{"type": "circle", "r": 2}, {"type": "rect", "w": 2, "h": 3, "z": 1}, [1, 2], (1, 2, 3), -4, 2.5, "hi", None]:
    print(shape(o))
print(State.KEY, State["VALUE"], State(1), list(State)[-1], State.DONE.value)
