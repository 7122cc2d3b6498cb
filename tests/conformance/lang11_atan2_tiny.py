# math.atan2 of a tiny angle: correctly rounded as glibc's (the quotient y/x), also where y/x is near the subnormals.
import math
vals = [(-2.5, 1e308), (1e-300, 1e308), (3.0, 1e300), (1e-10, 1.0), (-7e-20, 3.0), (5e-324, 1.0), (1e-310, 7.0), (2.0, 3e15), (1.0, 1e9), (-1.5e-5, 2e5)]
for y, x in vals:
    print(repr(math.atan2(y, x)), repr(math.atan2(y, -x)))
