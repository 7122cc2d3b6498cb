# match: or-patterns try alternatives left to right (each sub-pattern may
# capture), `as` captures the whole matched value, nested or/as patterns,
# and the bindings of an or-pattern alternative that matched.
def f(v):
    match v:
        case [x, 0] | [0, x]:
            return f"pair with zero, other={x}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [(1 | 2) as a, (3 | 4) as b]:
            return f"nested {a} {b}"
        case {"k": (int() | float()) as num}:
            return f"number under k: {num}"
        case str() | tuple() as s:
            return f"text {s}"
        case [*_] as whole if len(whole) > 3:
            return f"long list of {len(whole)}"
        case _:
            return "no"

for v in [[5, 0], [0, 6], [0, 0], 2, [2, 4], [1, 3], {"k": 1.5}, {"k": "x"}, "str", [1, 2, 3, 4, 5], [9, 9]]:
    print(v, "->", f(v))

class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other
match Loud(3):
    case 1 | 2 | 3:
        print("matched by __eq__")
