import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.uniform(1.5, 2.5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choice(deck), random.sample(deck, 5), random.sample(range(100), 3))
print(random.choices("abc", weights=[5, 1, 1], k=10), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=4))
print([round(random.gauss(0, 1), 6) for _ in range(4)], round(random.normalvariate(10, 2), 6))
print(random.getrandbits(40), random.triangular(0, 10, 3), random.betavariate(2, 3), random.expovariate(1.5))
print(random.lognormvariate(0, 1), random.vonmisesvariate(0, 1), random.gammavariate(2, 2), random.paretovariate(3), random.weibullvariate(1, 2))
random.seed("hello")
print(random.random(), random.randbytes(6))
random.seed(12345)
state = random.getstate()
a = [random.randint(0, 9) for _ in range(10)]
random.setstate(state)
b = [random.randint(0, 9) for _ in range(10)]
print(a, a == b)
r = random.Random(7)
print(r.random(), r.choice(range(1000)), r.randint(-5, 5))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
from collections import Counter
c = Counter(rolls)
for total in range(2, 13):
    print(f"{total:2} {'*' * (c[total] // 10)}")
random.seed(1)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
random.seed(3.5)
print(random.random())
random.seed(-10)
print(random.random(), random.randrange(10**20))
random.seed(2**70 + 3)
print(random.random())
lst = list(range(10))
random.seed(0)
random.shuffle(lst)
print(lst, random.sample(lst, k=len(lst)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
