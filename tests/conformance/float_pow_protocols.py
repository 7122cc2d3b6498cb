# float() calls __float__ (which must return a float) and falls back to
# __index__; pow() with a modulus calls __pow__(exp, mod) on an instance,
# and names all three operand types when nothing supports it.
class F:
    def __float__(self): return 2.5
class G:
    def __float__(self): return 2
class I:
    def __index__(self): return 7
print(float(F()), float(I()))
try:
    float(G())
except TypeError as e:
    print(e)
try:
    float(object())
except TypeError as e:
    print(e)
class P:
    def __pow__(self, e, m=None): return ('pow', e, m)
print(pow(P(), 2, 5), pow(P(), 2))
try:
    pow(object(), 2, 5)
except TypeError as e:
    print(e)
class Q:
    def __pow__(self, e, m=None): return NotImplemented
try:
    pow(Q(), 2, 5)
except TypeError as e:
    print(e)
