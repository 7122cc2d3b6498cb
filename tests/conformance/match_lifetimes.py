# match: when the subject and captured objects die. The subject is held
# while cases are tried; the last patterned case consumes it (it dies inside
# that pattern), a matching earlier case releases it before its body, and a
# trailing `case _:` runs after it is gone. Captures keep objects alive.
import gc
gc.disable()

class C:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make(name):
    return C(name)

print("-- only case, class pattern")
match make("a"):
    case C():
        print("body a")
print("after a")

print("-- first of two cases matches")
match make("b"):
    case C(name="b"):
        print("body b")
    case C():
        print("never")
print("after b")

print("-- falls through to wildcard")
match make("c"):
    case int():
        print("never")
    case _:
        print("body c (default)")
print("after c")

print("-- capture keeps it alive")
match make("d"):
    case C() as kept:
        print("body d")
print("after d, kept is", kept.name)
del kept
print("after del kept")

print("-- guard fails on the first case")
match make("e"):
    case C(name=n) if n == "zzz":
        print("never")
    case C(name=n):
        print("body e", n)
print("after e")

print("-- sequence of objects: items captured, the list dies")
match [make("f1"), make("f2")]:
    case [first, _]:
        print("body f, first =", first.name)
print("after f")
del first
print("after del first")

print("-- no case matches")
match make("g"):
    case int():
        print("never")
    case str():
        print("never")
print("after g")

def inner():
    match make("h"):
        case C(name) if name == "h":
            print("in function, name =", name)
            return "returned"
print(inner())
print("end")
