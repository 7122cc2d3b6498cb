# Every binary operator on classes written in Python: the forward dunder,
# the reflected one (tried when the left side returns NotImplemented or has
# none), the in-place one and its fallback to the binary operator, and the
# TypeError of each operator (binary and augmented) when no side applies.
class L:
    def __repr__(self): return 'L'
    def __add__(self, o): return 'L.__add__' if o != 'skip' else NotImplemented
    def __sub__(self, o): return 'L.__sub__' if o != 'skip' else NotImplemented
    def __mul__(self, o): return 'L.__mul__' if o != 'skip' else NotImplemented
    def __truediv__(self, o): return 'L.__truediv__' if o != 'skip' else NotImplemented
    def __floordiv__(self, o): return 'L.__floordiv__' if o != 'skip' else NotImplemented
    def __mod__(self, o): return 'L.__mod__' if o != 'skip' else NotImplemented
    def __pow__(self, o): return 'L.__pow__' if o != 'skip' else NotImplemented
    def __lshift__(self, o): return 'L.__lshift__' if o != 'skip' else NotImplemented
    def __rshift__(self, o): return 'L.__rshift__' if o != 'skip' else NotImplemented
    def __and__(self, o): return 'L.__and__' if o != 'skip' else NotImplemented
    def __or__(self, o): return 'L.__or__' if o != 'skip' else NotImplemented
    def __xor__(self, o): return 'L.__xor__' if o != 'skip' else NotImplemented
    def __matmul__(self, o): return 'L.__matmul__' if o != 'skip' else NotImplemented
class R:
    def __repr__(self): return 'R'
    def __radd__(self, o): return 'R.__radd__'
    def __rsub__(self, o): return 'R.__rsub__'
    def __rmul__(self, o): return 'R.__rmul__'
    def __rtruediv__(self, o): return 'R.__rtruediv__'
    def __rfloordiv__(self, o): return 'R.__rfloordiv__'
    def __rmod__(self, o): return 'R.__rmod__'
    def __rpow__(self, o): return 'R.__rpow__'
    def __rlshift__(self, o): return 'R.__rlshift__'
    def __rrshift__(self, o): return 'R.__rrshift__'
    def __rand__(self, o): return 'R.__rand__'
    def __ror__(self, o): return 'R.__ror__'
    def __rxor__(self, o): return 'R.__rxor__'
    def __rmatmul__(self, o): return 'R.__rmatmul__'
class I(L):
    def __iadd__(self, o): return 'I.__iadd__' if o not in ('skip', 'fallback') else NotImplemented
    def __isub__(self, o): return 'I.__isub__' if o not in ('skip', 'fallback') else NotImplemented
    def __imul__(self, o): return 'I.__imul__' if o not in ('skip', 'fallback') else NotImplemented
    def __itruediv__(self, o): return 'I.__itruediv__' if o not in ('skip', 'fallback') else NotImplemented
    def __ifloordiv__(self, o): return 'I.__ifloordiv__' if o not in ('skip', 'fallback') else NotImplemented
    def __imod__(self, o): return 'I.__imod__' if o not in ('skip', 'fallback') else NotImplemented
    def __ipow__(self, o): return 'I.__ipow__' if o not in ('skip', 'fallback') else NotImplemented
    def __ilshift__(self, o): return 'I.__ilshift__' if o not in ('skip', 'fallback') else NotImplemented
    def __irshift__(self, o): return 'I.__irshift__' if o not in ('skip', 'fallback') else NotImplemented
    def __iand__(self, o): return 'I.__iand__' if o not in ('skip', 'fallback') else NotImplemented
    def __ior__(self, o): return 'I.__ior__' if o not in ('skip', 'fallback') else NotImplemented
    def __ixor__(self, o): return 'I.__ixor__' if o not in ('skip', 'fallback') else NotImplemented
    def __imatmul__(self, o): return 'I.__imatmul__' if o not in ('skip', 'fallback') else NotImplemented
class N:
    pass
def attempt(f):
    try:
        return f()
    except TypeError as e:
        return 'TypeError: ' + str(e)
print('+', L() + 1, L() + R(), 'skip' + R() if '+' != '%' else '', attempt(lambda: L() + 'skip'))
x = I(); x += 1; y = I(); y += 'fallback'; z = L(); z += 2
print(x, y, z)
print(attempt(lambda: N() + 1), attempt(lambda: 1 + N()), attempt(lambda: N() + N()))
def aug():
    v = N()
    v += 1
print(attempt(aug))
print('-', L() - 1, L() - R(), 'skip' - R() if '-' != '%' else '', attempt(lambda: L() - 'skip'))
x = I(); x -= 1; y = I(); y -= 'fallback'; z = L(); z -= 2
print(x, y, z)
print(attempt(lambda: N() - 1), attempt(lambda: 1 - N()), attempt(lambda: N() - N()))
def aug():
    v = N()
    v -= 1
print(attempt(aug))
print('*', L() * 1, L() * R(), 'skip' * R() if '*' != '%' else '', attempt(lambda: L() * 'skip'))
x = I(); x *= 1; y = I(); y *= 'fallback'; z = L(); z *= 2
print(x, y, z)
print(attempt(lambda: N() * 1), attempt(lambda: 1 * N()), attempt(lambda: N() * N()))
def aug():
    v = N()
    v *= 1
print(attempt(aug))
print('/', L() / 1, L() / R(), 'skip' / R() if '/' != '%' else '', attempt(lambda: L() / 'skip'))
x = I(); x /= 1; y = I(); y /= 'fallback'; z = L(); z /= 2
print(x, y, z)
print(attempt(lambda: N() / 1), attempt(lambda: 1 / N()), attempt(lambda: N() / N()))
def aug():
    v = N()
    v /= 1
print(attempt(aug))
print('//', L() // 1, L() // R(), 'skip' // R() if '//' != '%' else '', attempt(lambda: L() // 'skip'))
x = I(); x //= 1; y = I(); y //= 'fallback'; z = L(); z //= 2
print(x, y, z)
print(attempt(lambda: N() // 1), attempt(lambda: 1 // N()), attempt(lambda: N() // N()))
def aug():
    v = N()
    v //= 1
print(attempt(aug))
print('%', L() % 1, L() % R(), 'skip' % R() if '%' != '%' else '', attempt(lambda: L() % 'skip'))
x = I(); x %= 1; y = I(); y %= 'fallback'; z = L(); z %= 2
print(x, y, z)
print(attempt(lambda: N() % 1), attempt(lambda: 1 % N()), attempt(lambda: N() % N()))
def aug():
    v = N()
    v %= 1
print(attempt(aug))
print('**', L() ** 1, L() ** R(), 'skip' ** R() if '**' != '%' else '', attempt(lambda: L() ** 'skip'))
x = I(); x **= 1; y = I(); y **= 'fallback'; z = L(); z **= 2
print(x, y, z)
print(attempt(lambda: N() ** 1), attempt(lambda: 1 ** N()), attempt(lambda: N() ** N()))
def aug():
    v = N()
    v **= 1
print(attempt(aug))
print('<<', L() << 1, L() << R(), 'skip' << R() if '<<' != '%' else '', attempt(lambda: L() << 'skip'))
x = I(); x <<= 1; y = I(); y <<= 'fallback'; z = L(); z <<= 2
print(x, y, z)
print(attempt(lambda: N() << 1), attempt(lambda: 1 << N()), attempt(lambda: N() << N()))
def aug():
    v = N()
    v <<= 1
print(attempt(aug))
print('>>', L() >> 1, L() >> R(), 'skip' >> R() if '>>' != '%' else '', attempt(lambda: L() >> 'skip'))
x = I(); x >>= 1; y = I(); y >>= 'fallback'; z = L(); z >>= 2
print(x, y, z)
print(attempt(lambda: N() >> 1), attempt(lambda: 1 >> N()), attempt(lambda: N() >> N()))
def aug():
    v = N()
    v >>= 1
print(attempt(aug))
print('&', L() & 1, L() & R(), 'skip' & R() if '&' != '%' else '', attempt(lambda: L() & 'skip'))
x = I(); x &= 1; y = I(); y &= 'fallback'; z = L(); z &= 2
print(x, y, z)
print(attempt(lambda: N() & 1), attempt(lambda: 1 & N()), attempt(lambda: N() & N()))
def aug():
    v = N()
    v &= 1
print(attempt(aug))
print('|', L() | 1, L() | R(), 'skip' | R() if '|' != '%' else '', attempt(lambda: L() | 'skip'))
x = I(); x |= 1; y = I(); y |= 'fallback'; z = L(); z |= 2
print(x, y, z)
print(attempt(lambda: N() | 1), attempt(lambda: 1 | N()), attempt(lambda: N() | N()))
def aug():
    v = N()
    v |= 1
print(attempt(aug))
print('^', L() ^ 1, L() ^ R(), 'skip' ^ R() if '^' != '%' else '', attempt(lambda: L() ^ 'skip'))
x = I(); x ^= 1; y = I(); y ^= 'fallback'; z = L(); z ^= 2
print(x, y, z)
print(attempt(lambda: N() ^ 1), attempt(lambda: 1 ^ N()), attempt(lambda: N() ^ N()))
def aug():
    v = N()
    v ^= 1
print(attempt(aug))
print('@', L() @ 1, L() @ R(), 'skip' @ R() if '@' != '%' else '', attempt(lambda: L() @ 'skip'))
x = I(); x @= 1; y = I(); y @= 'fallback'; z = L(); z @= 2
print(x, y, z)
print(attempt(lambda: N() @ 1), attempt(lambda: 1 @ N()), attempt(lambda: N() @ N()))
def aug():
    v = N()
    v @= 1
print(attempt(aug))
