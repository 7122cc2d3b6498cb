# An ordinary program (qa14 sweep): sorting with keys, stability, reverse,
# cmp_to_key, total_ordering, hand-written sorts and binary search, bisect
# grades; sorting mixed int/str raises at the end.
from functools import cmp_to_key, total_ordering
from operator import itemgetter, attrgetter, methodcaller
import bisect

people = [("alice", 30, "eng"), ("bob", 25, "ops"), ("carol", 30, "eng"), ("dave", 25, "eng"), ("eve", 35, "ops")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(2, 1), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_age = sorted(people, key=itemgetter(0), reverse=True)
by_age.sort(key=itemgetter(1))
print(by_age)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), Version("1.0") >= Version("1.0"), Version("2") > Version("1.9"), Version("1") <= Version("0.1"))

def cmp_len_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
words = "the quick brown fox jumps over a lazy dog".split()
print(sorted(words, key=cmp_to_key(cmp_len_then_alpha)))
print(sorted(words, key=str.lower), sorted(words, key=len), sorted("BaAbC"), sorted("BaAbC", key=str.casefold))

def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
def merge_sort(xs):
    if len(xs) <= 1: return xs
    mid = len(xs) // 2
    l, r = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while l and r:
        out.append((l if l[0] <= r[0] else r).pop(0))
    return out + l + r
def quick(xs):
    if len(xs) < 2: return xs
    p, *rest = xs
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(bubble(data), merge_sort(data), quick(data), sorted(data) == quick(data))
def bsearch(xs, t):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t: return mid
        if xs[mid] < t: lo = mid + 1
        else: hi = mid - 1
    return -1
s = sorted(data)
print([bsearch(s, t) for t in (3, 82, 7)], bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 100))
bisect.insort(s, 11)
print(s)
grades = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]
def grade(score, bps=[60, 70, 80, 90], g="FDCBA"):
    return g[bisect.bisect(bps, score)]
print([grade(x) for x in (33, 99, 77, 70, 89, 90, 100)])
objs = [complex(1, 2), complex(0, 1)]
print(sorted(objs, key=abs), sorted([[3, 1], [1, 2, 3], [1, 2]]), sorted({3: "a", 1: "b"}.items()), sorted([(1, "b"), (1, "a")]))
print(list(map(methodcaller("upper"), ["a", "b"])), attrgetter("real", "imag")(3 + 4j))
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])), sorted(set("mississippi")))
print(sorted([1, "2", 3]))
