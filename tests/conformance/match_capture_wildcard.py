# match: capture patterns bind the subject, `_` binds nothing, a guard sees
# the captured names, and names stay bound after a failing guard (as CPython).
def f(v):
    match v:
        case x if x > 10:
            return f"big {x}"
        case _ if v < 0:
            return "negative"
        case y:
            return f"captured {y}"

print(f(20), f(-3), f(5))

z = "unset"
match 42:
    case z if z < 0:
        print("never")
    case _:
        print("fallthrough, z =", z)

_ = "underscore"
match 7:
    case _:
        print("wildcard does not bind:", _)

match "soft":
    case match:
        print("captured a name called match:", match)
case = 1
print("case as a name:", case)
def match(a): return a * 2
print(match(21))
