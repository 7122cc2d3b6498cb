# random.randrange/randint as 3.11: an integral float is taken with a
# DeprecationWarning, another float is a ValueError (after a warning), and
# the sequence stays python3's; deque.remove's message names the value.
import random
import warnings
from collections import deque

random.seed(3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(random.randint(1.0, 10.0), random.randrange(10.0), random.randrange(0, 20.0, 2.0))
    for bad in [lambda: random.randint(1.5, 3), lambda: random.randrange(1, 2.5),
                lambda: random.randrange(0, 10, 1.5), lambda: random.randrange(2.5)]:
        try:
            bad()
        except ValueError as e:
            print("ValueError", e)
for w in caught:
    print(w.category.__name__, w.message)
for bad in [lambda: random.randrange("3"), lambda: random.randrange(1, 5, None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    random.randrange(5, step=2)
except TypeError as e:
    print(e)
print(random.randrange(5), random.randint(-3, 3), random.randrange(10, 0, -3))
d = deque([1, "two", (3,)])
for x in (2, "three", (4,)):
    try:
        d.remove(x)
    except ValueError as e:
        print(e)
