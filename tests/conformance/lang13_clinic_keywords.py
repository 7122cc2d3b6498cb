# Keyword arguments of builtins follow their text signatures (Argument
# Clinic's _PyArg_UnpackKeywords): positional-or-keyword parameters may be
# named, keyword-only ones follow "*", positional-only ones cannot be named;
# and each refusal has the parser's own message.
import math


def t(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)


t(lambda: math.isclose(1, b=1.0))
t(lambda: math.isclose(a=1, b=1.0, rel_tol=0.1, abs_tol=0.0))
t(lambda: math.isclose(1, 1.0, 0.1))
t(lambda: math.isclose(1, c=1.0))
t(lambda: math.isclose(1, 2, a=1))
t(lambda: math.isclose(b=1))
t(lambda: math.isclose(1, b=1.0000000001, rel_tol=1e-12))
t(lambda: math.gcd(a=1))
t(lambda: math.comb(n=5, k=2))
t(lambda: math.log(x=8, base=2))
t(lambda: len(obj=[1]))
t(lambda: [].append(object=1))
t(lambda: round(number=2.567, ndigits=2))
t(lambda: round(ndigits=2))
t(lambda: pow(base=2, exp=10, mod=7))
t(lambda: pow(2, exp=3))
t(lambda: pow(2, 3, base=2))
t(lambda: 'a,b,c'.split(sep=',', maxsplit=1))
t(lambda: 'a b c'.rsplit(maxsplit=1))
t(lambda: int.from_bytes(bytes=b'\x01\x00', byteorder='little', signed=False))
t(lambda: (5).to_bytes(length=2, byteorder='big'))
t(lambda: enumerate.__new__(enumerate))
t(lambda: enumerate.__new__(enumerate, start=1))
t(lambda: enumerate())
t(lambda: enumerate(start=1))
t(lambda: list(enumerate(iterable='ab', start=3)))


class E(enumerate):
    pass


t(lambda: E())
t(lambda: list(E('ab', start=5)))
