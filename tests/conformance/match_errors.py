# match: runtime TypeErrors of class patterns (too many positional
# sub-patterns, __match_args__ not a tuple, not a type, repeated attribute)
# and the duplicate-key ValueError of mapping patterns with dotted keys.
class NoArgs:
    pass
class Bad:
    __match_args__ = ["x"]
    x = 1
class BadElt:
    __match_args__ = (1,)
class Dup:
    __match_args__ = ("a",)
    a = 1

def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)

def m1():
    match NoArgs():
        case NoArgs(1):
            pass
def m2():
    match Bad():
        case Bad(1):
            pass
def m3():
    match 5:
        case len(5):
            pass
def m4():
    match Dup():
        case Dup(1, a=1):
            pass
def m5():
    match 5:
        case int(1, 2):
            pass
def m6():
    match BadElt():
        case BadElt(1):
            pass
class K:
    A = "a"
    B = "a"
def m7():
    match {"a": 1}:
        case {K.A: 1, K.B: 1}:
            pass
def m8():
    match {"a": 1}:
        case {K.A: [1]}:
            pass
def m9():
    match NoArgs():
        case NoArgs():
            print("zero positional is fine")
    match 3:
        case str(1):
            print("no")
        case _:
            print("isinstance fails first: no TypeError")

for i, f in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9], 1):
    attempt(f"m{i}", f)
