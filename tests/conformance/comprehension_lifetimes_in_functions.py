# Comprehensions inside functions and loops (the compiled evaluator's form):
# when elements, the loop variable, rejected items and the partial result
# die, for list, set and dict comprehensions, nested ones, conditions, and
# an exception part-way through (the partial list dies with the frame).
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __hash__(self):
        # Not hash(self.name): str hashes change with PYTHONHASHSEED.
        return sum(map(ord, self.name))

    def __eq__(self, other):
        return isinstance(other, T) and other.name == self.name


def make(n, tag):
    for i in range(n):
        print("make", tag, i)
        yield T(f"{tag}{i}")


def keep_even():
    xs = [t for t in make(4, "a") if int(t.name[1:]) % 2 == 0]
    print("kept", [t.name for t in xs])
    return len(xs)


print("result", keep_even())


def nested():
    grid = [[T(f"g{r}{c}") for c in range(2)] for r in range(2)]
    print("grid built")
    del grid[0]
    print("row 0 dropped")
    return len(grid)


print("rows", nested())


def dict_and_set():
    d = {t.name: t for t in make(3, "d")}
    s = {t for t in make(2, "s")}
    print("sizes", len(d), len(s))
    d.clear()
    print("dict cleared")


dict_and_set()


def failing():
    def boom(t):
        if t.name == "f2":
            raise ValueError(t.name)
        return t

    try:
        return [boom(t) for t in make(4, "f")]
    except ValueError as e:
        print("caught", e)
        return None


print("failing", failing())

total = 0
for k in range(2):
    total += sum([len(t.name) for t in make(2, f"L{k}_")])
print("total", total)
