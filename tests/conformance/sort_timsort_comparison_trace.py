# Timsort comparison order: every comparison list.sort makes is logged and
# checked, on random lists, runs, duplicates and sizes past minrun (sizes kept
# to a few hundred: `npm run gc-stress` collects at every allocation).
import random
log = []
class K:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
rng = random.Random(12345)
def check(data, reverse=False):
    log.clear()
    out = sorted([K(x) for x in data], reverse=reverse)
    h = 0
    for a, b in log:
        h = (h * 1000003 + a * 31 + b) % (2 ** 61 - 1)
    return len(log), h, [k.v for k in out] == sorted(data, reverse=reverse)
cases = []
for n in [0, 1, 2, 3, 5, 10, 31, 63, 64, 65, 100, 200, 500]:
    cases.append([rng.randrange(1000) for _ in range(n)])
    cases.append([rng.randrange(5) for _ in range(n)])
cases.append(list(range(300)) + list(range(100)))
cases.append(list(range(300, 0, -1)) + [rng.randrange(400) for _ in range(300)])
cases.append([i // 3 for i in range(1000)][::-1])
cases.append(sorted(rng.randrange(10**6) for _ in range(300)) + sorted(rng.randrange(10**6) for _ in range(300)))
cases.append([x if x % 7 else -x for x in range(600)])
for c in cases:
    print(len(c), check(c), check(c, True))
