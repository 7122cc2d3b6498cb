# Argument Clinic builtins take keyword arguments for the parameters their
# __text_signature__ names (round(number=..., ndigits=...), pow(exp=...)),
# with _PyArg_UnpackKeywords's messages; positional-only ones refuse them.
import math
for f in (lambda: round(1, x=2), lambda: round(1.25, 1, ndigits=3), lambda: round(number=1.25, ndigits=1), lambda: pow(base=2, exp=3), lambda: pow(2, exp=3, mod=5), lambda: round(ndigits=1), lambda: 'abc'.split(sep='b'), lambda: divmod(x=1, y=2), lambda: int.to_bytes(1, length=2, byteorder='big'), lambda: sum([1], start=2), lambda: round(1.23, ndigits=None), lambda: round(2.5, ndigits=0), lambda: pow(2, 3, mod=None), lambda: 'a-b'.replace(old='-', new='+'), lambda: [3,1].sort(key=None), lambda: 'x'.center(width=3), lambda: math.log(x=2), lambda: int('5', base=8), lambda: divmod(1, y=2), lambda: round(1.5, 1, x=3), lambda: pow(2, 3, 5, mod=1)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
