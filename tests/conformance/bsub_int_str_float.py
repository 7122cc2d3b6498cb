# int, str and float subclasses: arithmetic, comparison, hashing and dict
# keys as their base value; methods of the base on the value; an instance
# __dict__; __new__ with super().__new__(cls, value); repr/str of the base
# unless overridden; int subclasses are not weakly referenceable, str and
# float subclasses are.
import weakref
class I(int):
    pass
i = I(5)
print(i, repr(i), type(i).__name__, i + 1, 1 + i, i * 2, i == 5, 5 == i, i < 6, hash(i) == hash(5), bool(I(0)), -i, int(i), float(i))
print({5: 'five'}[i], {i: 'x'}[5], [10, 20, 30, 40, 50, 60][i], list(range(I(3))), i.bit_length(), i.real, isinstance(i, int))
i.label = 'lbl'
print(i.label, i.__dict__)
try:
    weakref.ref(i)
except TypeError as e: print(e)
class Color(int):
    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        return self
    def __repr__(self):
        return f"<Color.{self.name}: {int(self)}>"
RED = Color(1, 'RED')
print(RED, RED + 1, RED == 1, str(RED), f"{RED!r}", sorted([Color(3, 'B'), RED]))
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hi')
print(s, repr(s), s.shout(), len(s), s + 'x', 'x' + s, s == 'hi', 'hi' == s, s in 'ohio', 'h' in s, s[0], s[::-1], type(s.upper()).__name__)
print({'hi': 1}[s], {s: 2}['hi'], ','.join([s, 'a']), str(s), type(str(s)).__name__)
print(weakref.ref(s)() is s, s.split('i'), s * 2, '%s!' % s)
class F(float):
    pass
f = F(2.5)
print(f, repr(f), f + 1, 1 + f, f * 2, f == 2.5, hash(f) == hash(2.5), type(float(f)).__name__, weakref.ref(f)() is f, round(f))
class Name(str):
    def __new__(cls, first, last):
        return super().__new__(cls, first + ' ' + last)
n = Name('Ada', 'Lovelace')
print(n, n.split(), type(n).__name__)
