# Annotation forms: bare `x: int` (no binding), attribute and subscript
# targets (their objects are still evaluated), parenthesized names (not
# stored), class __annotations__ only when the body annotates, function
# __annotations__ made on first read, assignment and deletion of it, and
# the objects annotations keep alive.
import weakref

def show(label):
    print("eval", label)
    return label

x: show("bare")
print("x" in globals(), __annotations__)
try:
    x
except NameError as e:
    print("NameError:", e)

class Obj:
    pass
o = Obj()
o.attr: show("attr ann") = 5
print(o.attr, "attr" in __annotations__)
d = {}
d[show("key")]: show("sub ann")
print(d)
(paren): show("paren ann") = 1
print("paren" in __annotations__, paren)

class Plain:
    y = 1
print(hasattr(Plain, "__annotations__") and "__annotations__" in Plain.__dict__)
class Annotated:
    if True:
        z: int
print(Annotated.__annotations__)

def f(a: int) -> str:
    return str(a)
print(f.__annotations__)
def g():
    pass
first = g.__annotations__
print(first, first is g.__annotations__)
g.__annotations__ = {"k": 1}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)

class Marker:
    def __del__(self):
        print("marker died")
def h(p: Marker()):
    pass
print("defined h")
del h
print("after del h")

class WithMethods:
    count: int = 0
    def method(self, other: "WithMethods") -> "WithMethods":
        return self
print(WithMethods.__annotations__, WithMethods.method.__annotations__)
