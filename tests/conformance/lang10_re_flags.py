import re
print(re.I)
print(re.I | re.M)
print(repr(re.S))
print(int(re.X), re.I == 2)
print(type(re.I))
print(re.compile("a", re.I).flags)
print(re.compile("a").flags)
print(re.U)
print(re.A|re.I)
print(str(re.I), format(re.I))
print(re.NOFLAG)
print(re.I & re.M)
print(~re.I)
print(re.I | 1024, re.RegexFlag(0), re.RegexFlag(2|8), list(re.RegexFlag)[:3])
print(re.compile("a", re.I|re.M), re.compile(b"a", re.I))
print(re.I in (re.I|re.M), bool(re.NOFLAG), hash(re.I) == 2, re.I + 1, re.I.name, re.I.value)
print(re.M.__class__.__name__, isinstance(re.M, int), re.RegexFlag.__members__.keys())
print(f"{re.I}", "%s %d" % (re.I, re.I), repr(re.I|re.S|re.X))
print(re.search("A", "xa", flags=re.I))
import enum  # IntFlag inversion keeps unnamed bits (boundary KEEP)
class F(enum.IntFlag):
    A = 1
    B = 4
print(repr(~F.A), ~F.A, repr(F.A|2), repr(~F(0)), repr(~(F.A|F.B)))
class G(enum.Flag):
    A = 1
    B = 4
print(repr(~G.A), repr(~(G.A|G.B)))
