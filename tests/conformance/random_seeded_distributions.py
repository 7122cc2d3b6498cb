# random seeded with ints and strings (version 2: the SHA-512 of the text)
# gives python3's sequences: random, randint, choice, shuffle, sample,
# choices, randrange, getrandbits and the distributions (gauss, triangular,
# betavariate).
import json, random, textwrap, pprint, re, string, heapq, bisect
from dataclasses import dataclass
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
xs = list(range(10)); random.shuffle(xs); print(xs)
print(random.sample(range(100), 5), random.choices("abc", k=5), random.randrange(0, 100, 7))
random.seed("text"); print(random.random())
rng = random.Random(7); print(rng.randint(0, 10**12), rng.getrandbits(70), rng.gauss(0, 1))
print(random.sample(["a", "b", "c"], k=3), random.triangular(), random.betavariate(2, 3))
