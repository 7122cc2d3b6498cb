# Sorting with keys (attrgetter/itemgetter/lambda/str.lower), reverse, stability,
# __lt__ calls in list.sort's exact order (count_run, binarysort), min/max,
# heapq, and dict/set iteration order.
from operator import attrgetter, itemgetter
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return f"Emp({self.name!r})"
    def __lt__(self, other):
        print(f"  lt {self.name} {other.name}")
        return self.salary < other.salary

staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 90), Emp("di", "ops", 150)]
print(sorted(staff, key=attrgetter("salary")))
print(sorted(staff, key=lambda e: (e.dept, -e.salary)))
print(sorted(staff, key=attrgetter("dept", "name"), reverse=True))
print(sorted(staff))
print(max(staff, key=lambda e: e.salary), min(staff, key=attrgetter("name")))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
rows.sort(key=lambda r: r[0])
print(rows)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([object(), object()])
except TypeError as e:
    print("TypeError:", e.args[0].split(" and ")[0])
d = {}
d["z"] = 1; d["a"] = 2; d["m"] = 3
del d["a"]; d["a"] = 4
print(d, list(d), list(d.values()), list(reversed(d)))
print({1, 2, 3, 100, 33}, {"only"}, set(range(10, 0, -1)), {-1, -2, 0})
s = {10, 3, 7}
s.add(1); s.discard(10)
print(s, sorted(s), frozenset([3, 1, 2]))
print(dict.fromkeys("hello"), {**{"a": 1}, **{"b": 2, "a": 3}}, dict(zip("abc", range(3))))
d2 = {True: "t", 1: "one", 1.0: "float"}
print(d2)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
import heapq
h = []
for x in [5, 1, 4, 2]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))], heapq.nsmallest(2, [9, 3, 5]), heapq.nlargest(2, staff, key=attrgetter("salary")))
