# Rich comparisons: each operator's dunder, the reflected one on the other
# operand (__lt__ <-> __gt__, __le__ <-> __ge__, __eq__ and __ne__ with
# themselves) when the first returns NotImplemented, the subclass-first rule,
# == and != falling back to identity, __ne__ inverting __eq__, and the
# TypeError naming the operator and both types; unary operators and abs().
class A:
    def __init__(self, tag): self.tag = tag
    def __repr__(self): return self.tag
    def __lt__(self, o):
        print('  A.__lt__', self, o)
        return NotImplemented if isinstance(o, B) else True
    def __le__(self, o):
        print('  A.__le__', self, o)
        return NotImplemented if isinstance(o, B) else True
    def __gt__(self, o):
        print('  A.__gt__', self, o)
        return NotImplemented if isinstance(o, B) else True
    def __ge__(self, o):
        print('  A.__ge__', self, o)
        return NotImplemented if isinstance(o, B) else True
    def __eq__(self, o):
        print('  A.__eq__', self, o)
        return NotImplemented if isinstance(o, B) else True
    def __ne__(self, o):
        print('  A.__ne__', self, o)
        return NotImplemented if isinstance(o, B) else True
class B:
    def __init__(self, tag): self.tag = tag
    def __repr__(self): return self.tag
    def __lt__(self, o):
        print('  B.__lt__', self, o)
        return 'B.lt'
    def __le__(self, o):
        print('  B.__le__', self, o)
        return 'B.le'
    def __gt__(self, o):
        print('  B.__gt__', self, o)
        return 'B.gt'
    def __ge__(self, o):
        print('  B.__ge__', self, o)
        return 'B.ge'
    def __eq__(self, o):
        print('  B.__eq__', self, o)
        return 'B.eq'
    def __ne__(self, o):
        print('  B.__ne__', self, o)
        return 'B.ne'
class SubA(A):
    def __gt__(self, o):
        print('  SubA.__gt__', self, o)
        return 'SubA.gt'
class Plain:
    pass
class EqOnly:
    def __eq__(self, o):
        print('  EqOnly.__eq__')
        return isinstance(o, EqOnly)
a, b, s = A('a'), B('b'), SubA('s')
print('<', a < b)
print('<', a < s)
print('<', b < a)
p, q = Plain(), Plain()
try:
    print('<', p < q, p < p)
except TypeError as e:
    print('TypeError:', e)
try:
    print('<', p < 1)
except TypeError as e:
    print('TypeError:', e)
print('<=', a <= b)
print('<=', a <= s)
print('<=', b <= a)
p, q = Plain(), Plain()
try:
    print('<=', p <= q, p <= p)
except TypeError as e:
    print('TypeError:', e)
try:
    print('<=', p <= 1)
except TypeError as e:
    print('TypeError:', e)
print('>', a > b)
print('>', a > s)
print('>', b > a)
p, q = Plain(), Plain()
try:
    print('>', p > q, p > p)
except TypeError as e:
    print('TypeError:', e)
try:
    print('>', p > 1)
except TypeError as e:
    print('TypeError:', e)
print('>=', a >= b)
print('>=', a >= s)
print('>=', b >= a)
p, q = Plain(), Plain()
try:
    print('>=', p >= q, p >= p)
except TypeError as e:
    print('TypeError:', e)
try:
    print('>=', p >= 1)
except TypeError as e:
    print('TypeError:', e)
print('==', a == b)
print('==', a == s)
print('==', b == a)
p, q = Plain(), Plain()
try:
    print('==', p == q, p == p)
except TypeError as e:
    print('TypeError:', e)
try:
    print('==', p == 1)
except TypeError as e:
    print('TypeError:', e)
print('!=', a != b)
print('!=', a != s)
print('!=', b != a)
p, q = Plain(), Plain()
try:
    print('!=', p != q, p != p)
except TypeError as e:
    print('TypeError:', e)
try:
    print('!=', p != 1)
except TypeError as e:
    print('TypeError:', e)
print(EqOnly() != EqOnly(), EqOnly() != 1)
for f in (lambda: -Plain(), lambda: +Plain(), lambda: ~Plain(), lambda: abs(Plain()), lambda: -'s'):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
