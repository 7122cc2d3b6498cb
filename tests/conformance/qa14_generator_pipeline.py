# An ordinary program (qa14 sweep): a generator pipeline over text records,
# itertools (groupby, accumulate, product, tee, ...), send/throw/close, yield
# from with a return value, and an uncaught StopIteration.
import itertools as it
import functools, operator

def read_records():
    raw = """2024-01-03,groceries,54.20
2024-01-03,transport,12.00
2024-01-04,groceries,23.10
2024-01-05,rent,1200.00
2024-01-05,groceries,8.75
bad line
2024-01-06,transport,-3.00"""
    for n, line in enumerate(raw.splitlines(), 1):
        yield n, line

def parse(records):
    for n, line in records:
        parts = line.split(",")
        if len(parts) != 3:
            print(f"skip line {n}: {line!r}")
            continue
        date, cat, amt = parts
        yield {"date": date, "cat": cat, "amt": float(amt)}

def positive(rows):
    return (r for r in rows if r["amt"] > 0)

rows = list(positive(parse(read_records())))
for cat, grp in it.groupby(sorted(rows, key=lambda r: r["cat"]), key=lambda r: r["cat"]):
    g = list(grp)
    print(f"{cat:<10} {len(g)} {sum(r['amt'] for r in g):>9.2f}")
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xyz"), 7)), list(it.repeat("k", 3)), list(it.chain([1], (2, 3), "ab")))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise("abcd")), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.filterfalse(str.isdigit, "a1b2")))
a, b = it.tee(iter(range(4)))
print(list(a), list(b), functools.reduce(operator.add, range(10)), functools.reduce(lambda x, y: x * y, [], 1))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(it.islice(fib(), 15)))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
    finally:
        print("finally in gen")
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return avg
        total += v; count += 1
        avg = total / count
def delegator(res):
    res.append((yield from averager()))
res = []
d = delegator(res)
next(d)
for v in [10, 20, 60]:
    print(d.send(v))
try:
    d.send(None)
except StopIteration:
    print("result", res)
gen = (x * x for x in range(3))
print(next(gen), list(gen), list(gen))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"
t = thrower(); next(t)
print(t.throw(ValueError("boom")))
print(sum(x for x in range(101) if x % 3 == 0), any(x > 3 for x in [1, 5]), all([]), max((len(w), w) for w in "a bb ccc".split()))
nums = iter([1, 2, 3])
print(next(nums), next(nums), next(nums), next(nums, "done"))
next(nums)
