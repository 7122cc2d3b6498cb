# An ordinary program (qa14 sweep): walrus, starred unpacking and its errors,
# global/nonlocal, closures and late binding, UnboundLocalError.
import re
data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print(f"list too long ({n} elements)")
print([y for x in data if (y := x * 2) > 10], y)
lines = iter(["alpha", "beta", "", "gamma"])
while (line := next(lines)):
    print("line:", line)
if m := re.search(r"(\d+)-(\d+)", "range 10-20"):
    lo, hi = map(int, m.groups())
    print(lo, hi)
first, *middle, last = data
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
*init, tail = "hello"
print(init, tail)
x, y = y, x = 1, 2
print(x, y)
head, *_ = [1]
print(head, _)
d = {"a": 1, **{"b": 2}, "c": 3}
print(d, [*data[:2], *"xy"], sorted({*"aab"}), (*range(3),))
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 4}, z=5))
for i, (k, v) in enumerate(sorted(d.items())):
    print(i, k, v)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
count = 0
def incr():
    global count
    count += 1
    return count
incr(); incr()
print(count)
def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc()
print(acc(5), acc(10), acc.__closure__[0].cell_contents)
def shadow():
    print(count)
    count = 5
try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs], [(lambda i=i: i)() for i in range(3)])
print((z := 5) + z, [w := 1, w + 1])
def outer():
    v = "outer"
    def inner():
        return v
    v = "changed"
    return inner()
print(outer())
def nested_nonlocal():
    x = 0
    def a():
        def b():
            nonlocal x
            x += 10
        b()
    a()
    return x
print(nested_nonlocal())
