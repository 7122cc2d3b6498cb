# Generators: next(), iteration, return value as StopIteration.value,
# exhausted generators stay exhausted, __iter__ returns the generator itself.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(4)))
g = count(2)
print(iter(g) is g)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value:", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value), e.args)
print(next(count(0), "default"))
print(next(g, "exhausted default"))

def empty():
    return
    yield
print(list(empty()))

def returns_none():
    yield 1
    return None
r = returns_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print("none value:", e.value, e.args)

def returns_tuple():
    yield 1
    return (1, 2)
r = returns_tuple()
next(r)
try:
    next(r)
except StopIteration as e:
    print("tuple value:", e.value, e.args)

for x in count(3):
    print("loop", x)
print(sum(count(10)), max(count(5)), sorted(count(3), reverse=True))
a, b, c = count(3)
print(a, b, c)
print(type(count(1)).__name__)
