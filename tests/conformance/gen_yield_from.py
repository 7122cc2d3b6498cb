# yield from: values pass through, send() reaches the delegate, the
# delegate's return value is the expression's value, throw() and close()
# are delegated, and any iterable can be delegated to.
def inner():
    got = yield "inner 1"
    print("inner got", got)
    got = yield "inner 2"
    print("inner got", got)
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer tail"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))

def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
    r = yield from []
    print("empty returns", r)
print(list(from_iterables()))

def catching_inner():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("inner caught", e)

def wrapper():
    yield from catching_inner()

w = wrapper()
next(w)
print(w.throw(ValueError("x")))

def inner_fin():
    try:
        yield 1
    finally:
        print("inner finally")

def outer_fin():
    try:
        yield from inner_fin()
    finally:
        print("outer finally")

o = outer_fin()
next(o)
o.close()
print("closed")

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: None})))

def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    return r + 1
d = depth(5)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("depth result", e.value)

def uncaught_inner():
    yield 1
def passes_throw():
    yield from uncaught_inner()
p = passes_throw()
next(p)
try:
    p.throw(KeyError("k"))
except KeyError as e:
    print("propagated through both", e)
