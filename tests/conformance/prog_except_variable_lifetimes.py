# How long an exception (and the frame its traceback holds) lives: the except
# variable's deletion, a saved exception, nested handlers, return from except.
import sys

class Ctx:
    def __init__(self, n): self.n = n
    def __del__(self): print("del Ctx", self.n)

def raiser(n):
    c = Ctx(n)
    raise RuntimeError(n)

try:
    raiser(1)
except RuntimeError as e:
    print("handling", e)
print("after except: e is unbound ->", "e" in globals())
try:
    raiser(2)
except RuntimeError as e:
    saved = e
print("saved keeps frame:", saved.__traceback__ is not None)
del saved
print("---")
def nested():
    try:
        raiser(3)
    except RuntimeError:
        try:
            raiser(4)
        except RuntimeError as inner:
            print("inner context:", inner.__context__)
    print("nested done")
nested()
print("---")
def swallow():
    try:
        raiser(5)
    except RuntimeError as e:
        return "returned from except"
print(swallow())
def in_finally():
    try:
        raiser(6)
    finally:
        print("finally runs while exception propagates")
try:
    in_finally()
except RuntimeError:
    pass
print("end")
