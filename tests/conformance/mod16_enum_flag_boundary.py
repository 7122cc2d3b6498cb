from enum import Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, auto

print(list(FlagBoundary), STRICT, repr(KEEP), str(CONFORM))


class S(Flag, boundary=STRICT):
    A = 1
    B = 2


class C(Flag, boundary=CONFORM):
    A = 1
    B = 2


class E(Flag, boundary=EJECT):
    A = 1
    B = 2


class K(Flag, boundary=KEEP):
    A = 1
    B = 2


for cls in (S, C, E, K):
    print(cls.__name__, cls._boundary_)
    for value in (3, 7, 8, 0):
        try:
            r = cls(value)
            print('  ', value, repr(r), type(r).__name__)
        except ValueError as e:
            print('  ', value, 'ValueError:', e)
    print('  ~A', repr(~cls.A))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm._boundary_, repr(Perm(9)), repr(~Perm.R), repr(Perm.R | 8))
print(Flag._boundary_, IntFlag._boundary_)
