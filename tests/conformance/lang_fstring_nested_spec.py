# f-strings whose format spec holds replacement fields of its own: the value
# is evaluated first, then the spec's fields left to right, then the
# conversion and __format__ (compiler_formatted_value); in comprehensions,
# functions and generators (a yield inside the spec); and the compile-time
# errors of 3.11's f-string parser for specs.
class Loud:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        print("  repr", self.name)
        return self.name
    def __format__(self, spec):
        print("  format", self.name, repr(spec))
        return self.name.upper()

def traced(label, value):
    print("  eval", label)
    return value

width, prec = 10, 3
x = 3.14159
print(f"{x:{width}.{prec}f}|{x:>{width}}|{'s':{'^'}{width}}|{x!r:>{width}}|")
print(f"{traced('value', Loud('a')):{traced('w', 5)}x{traced('p', 2)}}")
print(f"{traced('value', Loud('b'))!r:>{traced('w', 6)}}|")
print([f"{i:0{i}d}" for i in range(1, 5)])
def pad(n, fill="*"):
    return f"{n:{fill}^{n + 4}}"
print(pad(3), pad(12, "-"))
table = [("apple", 1.5), ("kiwi", 12.25)]
w = max(len(name) for name, _ in table)
for name, price in table:
    print(f"{name:<{w}} | {price:>{w}.{1}f} | {price:{'+' if price > 2 else ' '}.2e}")
def gen():
    got = yield f"{(yield 'first'):{(yield 'second')}}"
    print("got", got)
g = gen()
print(next(g), g.send("value"), repr(g.send(">8")))
for src in ['f"{x:{y:{z}}}"', 'f"{x:{}}"', 'f"{x:{y}"', 'f"{x:{y!z}}"', 'f"{x:{y:<{z}}}"']:
    try:
        compile(src, "s", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
