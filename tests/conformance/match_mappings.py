# match: mapping patterns look keys up with get() (defaultdict's __missing__ is
# not called), extra keys are allowed, **rest copies the remaining items.
from collections import defaultdict

def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle rest={rest}"
        case {1: one, None: nothing}:
            return f"odd keys {one} {nothing}"
        case {}:
            return f"some mapping of {len(v)}"
        case _:
            return "no"

print(m({"type": "point", "x": 1, "y": 2, "color": "red"}))
print(m({"type": "circle", "r": 3, "c": (0, 0)}))
print(m({1: "a", None: "b"}))
print(m({"type": "point", "x": 1}))
print(m({}))
print(m([("type", "point")]))
d = defaultdict(list)
print(m(d), dict(d))
match d:
    case {"missing": v}:
        print("matched?", v)
    case _:
        print("defaultdict not grown:", dict(d))

class Cfg:
    KEY = "k"
match {"k": 5}:
    case {Cfg.KEY: value}:
        print("dotted key", value)

class LoudDict(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)
match LoudDict(a=1, b=2):
    case {"a": 1, "z": _}:
        print("no")
    case {"b": b, "a": a}:
        print("yes", a, b)
