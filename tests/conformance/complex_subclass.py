# class C(complex): the value comes from __new__'s arguments, instances are
# weakly referenceable and carry a __dict__, arithmetic returns plain
# complex, equality and hash stay complex's, __repr__ may be overridden,
# and __complex__ / __float__ objects convert.
import weakref

class Z(complex):
    def __repr__(self):
        return f'Z({self.real}, {self.imag})'

z = Z(1, 2)
print(z, complex.__repr__(z), z + 1, type(z + 1).__name__, -z, type(-z).__name__, z == 1 + 2j, hash(z) == hash(1 + 2j))
print(abs(Z(3, 4)), Z('5-6j'), Z(), isinstance(z, complex), z.real, z.conjugate())
r = weakref.ref(z)
z.tag = 'tagged'
print(r() is z, z.__dict__)
del z
print(r())

class Polar:
    def __init__(self, re, im):
        self.re, self.im = re, im
    def __complex__(self):
        return complex(self.re, self.im)

class Num:
    def __float__(self):
        return 2.5

print(complex(Polar(1, -1)), complex(Num()), complex(Num(), Num()))
class Bad:
    def __complex__(self):
        return 1
try:
    complex(Bad())
except TypeError as e:
    print(e)
