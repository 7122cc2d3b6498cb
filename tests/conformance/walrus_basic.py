# Assignment expressions (:=) outside comprehensions: in if/while tests,
# call arguments, displays and parenthesized groups; the name is bound in
# the current scope and the expression's value is the value.
data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print("long list", n)
print(n)

it = iter(data)
total = 0
while (x := next(it, None)) is not None:
    total += x
print(total, x)

def f(a, b):
    return a + b
print(f(y := 10, y * 2), y)
print([z := 5, z + 1], z)

def local_scope():
    if (w := "inner") == "inner":
        return w
print(local_scope())
try:
    w
except NameError as e:
    print("NameError:", e)

class Holder:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
(h := Holder("first"))
print("bound", h.name)
h = None
print("end")
