# Seeded random sequences: gclab's random must print what CPython's prints.
import random
for s in (0, 1, 42, 2**40 + 5, -7, 3.5):
    random.seed(s)
    print(s, random.random(), random.randint(1, 100), random.getrandbits(70), random.randrange(0, 1000, 7))
    l = list(range(20)); random.shuffle(l); print(l)
    print(random.sample(range(100), 8), random.sample('abcdefgh', 3), random.choice('xyz'))
    print(random.choices(range(10), k=4), random.choices('abc', weights=[1, 2, 3], k=5), random.uniform(2, 5))
    print(random.sample(range(1000), 30)[:5])
