# random with a seed gives CPython's numbers: the Mersenne Twister seeded as
# _randommodule.c seeds it, and random(), randint(), getrandbits(),
# randrange(), shuffle(), sample(), choice(), choices() and uniform()
# consuming it as random.py does (a simulation that replays a seeded
# workload, e.g. random object graphs, needs exactly these values).
import random

for s in (0, 1, 42, 2**40 + 5, -7):
    random.seed(s)
    print(s, random.random(), random.randint(1, 100), random.getrandbits(70), random.randrange(0, 1000, 7))
    items = list(range(20))
    random.shuffle(items)
    print(items)
    print(random.sample(range(100), 8), random.sample('abcdefgh', 3), random.choice('xyz'))
    print(random.choices(range(10), k=4), random.choices('abc', weights=[1, 2, 3], k=5))
    print(random.uniform(2, 5), random.sample(range(1000), 30)[:5])
r = random.Random(12345)
print([r.randint(0, 9) for _ in range(15)], r.getstate()[1][:3])
try:
    random.randrange(5, 5)
except ValueError as e:
    print('ValueError', e)
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print('ValueError', e)
