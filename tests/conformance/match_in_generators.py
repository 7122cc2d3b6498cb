# match and except* inside generators: a case body that yields, a subject
# computed before the first yield, except* around a yielding try body.
def classify(items):
    for item in items:
        match item:
            case int(n) if n < 0:
                yield "negative"
            case int(n):
                yield f"int {n}"
                yield "(after int)"
            case [x, *rest]:
                yield f"list head {x} rest {rest}"
            case {"name": name}:
                yield f"named {name}"
            case _:
                yield "other"

print(list(classify([-1, 3, [1, 2, 3], {"name": "n"}, "s"])))

def guarded():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("handled", repr(e))
    except* TypeError:
        print("handled type error")
    yield 2

print(list(guarded()))

def subject_yield():
    match (yield "ready"):
        case "go":
            yield "going"
        case other:
            yield f"got {other}"
g = subject_yield()
print(next(g), g.send("go"))
g = subject_yield()
print(next(g), g.send("stop"))
