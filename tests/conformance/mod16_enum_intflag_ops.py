from enum import IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(repr(rw), str(rw), int(rw), format(rw, '03b'), f'{rw}')
print(rw & Perm.R, rw ^ Perm.W, repr(rw | 1), repr(1 | rw), rw + 1, rw * 2)
print(repr(~Perm.R), repr(~rw), repr(~Perm.RWX), repr(Perm(0)))
print(Perm.R in rw, Perm.X in rw, list(rw), len(rw), len(Perm.RWX))
print(list(Perm), len(Perm), Perm.RWX.name, Perm(7) is Perm.RWX)
print(isinstance(rw, int), rw == 6, hash(rw) == hash(6), rw < 7, sorted([Perm.W, Perm.X, Perm.R]))
print(repr(Perm(12)), Perm(12).name, repr(Perm(-1)))
print(bool(Perm(0)), bool(Perm.X), Perm.R.value, Perm['W'])


class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(list(Opt.__members__.items()))
print(repr(Opt.A | Opt.C), (Opt.A | Opt.C).name)
