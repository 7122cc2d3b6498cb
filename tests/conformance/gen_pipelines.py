# Ordinary generator pipelines: chained generators, lazy evaluation order,
# early exit from a consumer (the producers are closed as they die, inner
# ones first), and generators as methods and with closures.
class Record:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del record", self.n)

def source(n):
    try:
        for i in range(n):
            print("produce", i)
            yield Record(i)
    finally:
        print("source closed")

def only_even(records):
    try:
        for r in records:
            if r.n % 2 == 0:
                yield r
    finally:
        print("filter closed")

def numbers(records):
    for r in records:
        yield r.n * 10

for value in numbers(only_even(source(5))):
    print("got", value)
    if value >= 20:
        break
print("after loop")

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()

t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()))

def counter(start):
    count = start
    def bump():
        nonlocal count
        count += 1
    def gen():
        while count < start + 3:
            yield count
            bump()
    return gen()
print(list(counter(10)))

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())))
print(sum(x for x in take(4, naturals()) if x % 2))
print(dict(zip("abc", naturals())))
print(any(x > 3 for x in naturals()))
