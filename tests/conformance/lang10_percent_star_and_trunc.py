# '%*d' and '%.*f': the '*' width and precision take their arguments before the value.
print("%*d|" % (5, 42), "%.*f|" % (2, 3.14159), "%-*s|" % (4, "a"), "%*.*f|" % (8, 2, 3.14159), "%*s|" % (-4, "x"))
print(b"%*d|" % (5, 42), b"%.*f" % (1, 2.25))
try:
    "%*d" % ("5", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    "%*d" % (5,)
except TypeError as e:
    print("TypeError:", e)

# int() falls back on __trunc__ after __int__ and __index__.
class OnlyTrunc:
    def __trunc__(self):
        return 9
class TruncToIndex:
    class I:
        def __index__(self):
            return 4
    def __trunc__(self):
        return self.I()
class TruncBad:
    def __trunc__(self):
        return "x"
print(int(OnlyTrunc()), int(TruncToIndex()))
try:
    int(TruncBad())
except TypeError as e:
    print("TypeError:", e)

import enum
print('__new__' in dir(enum.Enum), '__new__' in dir(enum.IntEnum))
