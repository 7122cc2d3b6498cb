# len() returns whatever __len__ returns up to sys.maxsize, beyond 2**53 too;
# past sys.maxsize it is an OverflowError, a negative length a ValueError.
import sys


class Virtual:
    """A sequence too long to store (a lazily computed index space)."""

    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in (0, 2**53 + 1, 2**60, sys.maxsize):
    v = Virtual(n)
    print(len(v), len(v) == n, bool(v))
print(len(range(2**62)), len(range(0, 2**63 - 1, 3)))

for n in (sys.maxsize + 1, 2**100, -1, -2**70, 1.5, '3'):
    try:
        len(Virtual(n))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        bool(Virtual(n))
    except (OverflowError, ValueError, TypeError) as e:
        print(' bool:', type(e).__name__, e)
