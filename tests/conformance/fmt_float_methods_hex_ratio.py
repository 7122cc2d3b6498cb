# float.hex/fromhex/as_integer_ratio/is_integer/conjugate/real/imag and
# int.as_integer_ratio, with their errors; float and int formatting.
vals = [0.0, -0.0, 0.5, 1.0, 3.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 1 / 3, 123456.789]
for v in vals:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio(), v.is_integer(), v.conjugate(), v.real, v.imag)
for s in ["0x1.8p1", " -0x.8p-1 ", "inf", "-Infinity", "nan", "1p-1074", "ff", "0X1P+4", "0x1.fffffffffffff8p1023", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x0.00000000000008p-1022"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for bad in ["", "0x", "1p", "zz", "0x1.2.3", "1p5000"]:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((7).as_integer_ratio(), (-12).as_integer_ratio(), True.as_integer_ratio(), (2**70).as_integer_ratio())
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), (1.5).fromhex("0x3p0"))
print(float.hex(2.0), float.is_integer(2.0))
