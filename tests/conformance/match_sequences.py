# match: sequence patterns match lists, tuples and ranges but never str;
# star patterns collect a list; lengths must fit; nested sequences.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case [first, *middle, last] if middle:
            return f"first {first} middle {middle} last {last}"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case (a, b, c):
            return f"three {a} {b} {c}"
        case _:
            return "not a sequence"

for v in [[], (), [1], "ab", "a", (1, 2), [1, 2, 3, 4], range(4), range(2), [[1, 2], [3, 4]], (7, 8, 9), {1: 2}, 5, None]:
    print(repr(v), "->", seq(v))

match [1, 2, 3, 4, 5]:
    case [*head, 4, 5]:
        print("head", head)
match (1, 2, 3):
    case [1, *_, 3]:
        print("star wildcard")
match [1]:
    case [1, *rest]:
        print("rest is a list:", rest, type(rest).__name__)
match (1, 2):
    case [a, *rest]:
        print("tuple rest is a list too:", rest)
match "abc":
    case [*chars]:
        print("str matched??")
    case str():
        print("str is not a sequence pattern subject")
