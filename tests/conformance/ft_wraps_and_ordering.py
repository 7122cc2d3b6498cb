# functools.wraps copies __name__, __qualname__, __doc__, __module__ and
# __dict__ and sets __wrapped__; total_ordering fills in the missing
# comparisons; cached_property computes once and stores in the instance dict;
# reduce; cmp_to_key; cache; singledispatch.
import functools

def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return functools.wraps(fn)(wrapper)

def add(a, b):
    "Add two numbers."
    return a + b
add.tag = "math"
add = logged(add)
print(add(2, 3), add.__name__, add.__qualname__, add.__doc__, add.tag, add.__wrapped__.__name__)

class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
Version = functools.total_ordering(Version)
print(Version(1, 2) <= Version(1, 3), Version(2) > Version(1, 9), Version(1) >= Version(1))
try:
    functools.total_ordering(type("Plain", (), {}))
except ValueError as e:
    print("ValueError:", e)

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        print("computing")
        return 3 * self.r * self.r
    area = functools.cached_property(area)
c = Circle(2)
print(c.area, c.area, sorted(vars(c)))
del c.area
print(c.area)

print(functools.reduce(lambda acc, x: acc * x, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))
words = ["pear", "fig", "banana"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
sq = functools.cache(lambda n: n * n)
print(sq(4), sq(4), sq.cache_info())

def describe(x):
    return "object"
describe = functools.singledispatch(describe)
describe.register(int, lambda x: "int")
describe.register(list, lambda x: "list of %d" % len(x))
print(describe(1), describe([1, 2]), describe("s"), describe(True))
