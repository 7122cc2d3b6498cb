# int() and float() read Unicode decimal digits and whitespace as CPython
# does (_PyUnicode_TransformDecimalAndSpaceToASCII), with the original text
# in error messages; a NaN keeps its sign bit through negation,
# float('-nan'), math.copysign and struct; math.trunc/floor/ceil use a
# class's __trunc__/__floor__/__ceil__; sys.getsizeof of fixed-size objects.
import math
import struct
import sys

print(int('١٢٣'), int('٣'), float('١.٥'), int(' ７ '), int('1_0'), int('𝟘𝟙𝟚'), int('\u2003 42\u3000'))
print(int('٣٣', 8), int('\u0e51\u0e52', 16), float('\u0966.\u0969e\u0967'), int('-\uff11\uff10'))
for text in ('١٢x', '\u0660x', '1\u00b2', '\u00bd', '٣ ٣', '', ' ', '\u2003'):
    for conv in (int, float):
        try:
            print(conv.__name__, repr(conv(text)))
        except ValueError as e:
            print(conv.__name__, e)

n = float('nan')
m = -n
print(repr(m), str(m), f"{m}", format(m, '.2f'), math.isnan(m))
print(math.copysign(1, m), math.copysign(1, n), math.copysign(1, abs(m)), math.copysign(1, -m))
print(math.copysign(1.0, float('-nan')), math.copysign(1.0, float('+nan')), math.copysign(1, -math.nan))
print(struct.pack('>d', m).hex(), struct.pack('>d', n).hex(), struct.pack('<f', m).hex())
x = struct.unpack('>d', bytes.fromhex('fff8000000000000'))[0]
print(x, math.copysign(1, x), math.copysign(1, struct.unpack('>d', bytes.fromhex('7ff8000000000000'))[0]))
print(math.copysign(3, -0.0), math.copysign(-3, 0.0), math.copysign(2, float('-inf')))

class Num:
    def __trunc__(self):
        return 7
    def __floor__(self):
        return 3
    def __ceil__(self):
        return 4
print(math.trunc(Num()), math.floor(Num()), math.ceil(Num()))
class OnlyFloat:
    def __float__(self):
        return 2.5
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
for src in ("math.trunc(object())", "math.floor(object())", "math.ceil('x')", "math.trunc(OnlyFloat())",
            "math.floor(float('nan'))", "math.ceil(float('inf'))", "math.trunc(-2.5)", "math.floor(-0.5)"):
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)

class C:
    def method(self):
        pass
def outer():
    x = 1
    def inner():
        return x
    return inner
print(sys.getsizeof(outer), sys.getsizeof(lambda: 0), sys.getsizeof(C().method), sys.getsizeof(outer().__closure__[0]))
