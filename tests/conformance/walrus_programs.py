# := in ordinary code: while loops reading chunks, if tests, comprehension
# filters that keep the computed value, and the binding in each scope kind.
data = [5, 3, 8, 1, 9]
it = iter(data)
total = 0
while (n := next(it, None)) is not None:
    total += n
print(total, n)

def parse(lines):
    return [m for line in lines if (m := line.strip()) and not m.startswith("#")]
print(parse(["a ", " # c", "", " b"]))

if (count := len(data)) > 3:
    print("long list of", count)

def stats(values):
    lows = [v for v in values if (low := v) < 4]
    return lows, low

print(stats(data))

def gen_scope():
    g = ((last := x) for x in range(3))
    result = list(g)
    return result, last
print(gen_scope())

def closure():
    [(seen := i) for i in range(3)]
    def inner():
        return seen
    seen += 10
    return inner()
print(closure())

print([y := 5, y ** 2])
print({(k := i): k * 2 for i in range(2)}, k)
try:
    def fail():
        [(q := i) for i in []]
        return q
    fail()
except NameError as e:
    print(type(e).__name__, e)
