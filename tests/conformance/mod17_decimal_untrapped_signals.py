# Decimal's //, %, divmod, ln, log10, sqrt and comparisons with the
# InvalidOperation and DivisionByZero traps on and off: results, flags and
# the exception's signal list.
import decimal
from decimal import Decimal as D
ctx = decimal.getcontext()
def tryit(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
cases = [
 ('ln-1', lambda: D(-1).ln()), ('log10-1', lambda: D(-1).log10()), ('ln0', lambda: D(0).ln()),
 ('inf//2', lambda: D('inf') // 2), ('2//inf', lambda: D(2) // D('inf')), ('inf//inf', lambda: D('inf') // D('inf')),
 ('1//0', lambda: D(1) // 0), ('-1//0', lambda: D(-1) // 0), ('0//0', lambda: D(0) // 0),
 ('divmod10', lambda: divmod(D(1), D(0))), ('divmod00', lambda: divmod(D(0), D(0))), ('1%0', lambda: D(1) % 0),
 ('divmodinf', lambda: divmod(D('inf'), D(3))), ('inf%3', lambda: D('inf') % 3), ('5%inf', lambda: D(5) % D('inf')),
 ('nan//1', lambda: D('nan') // 1), ('snan+1', lambda: D('snan') + 1), ('-snan5//1', lambda: D('-snan5') // 1),
 ('nan<1', lambda: D('nan') < 1), ('nan>=1', lambda: D('nan') >= 1),
 ('big//', lambda: D('1e30') // D('1e-30')), ('divmodbig', lambda: divmod(D('1e30'), D('1e-30'))),
 ('sqrt-2', lambda: D(-2).sqrt()), ('ln-inf', lambda: D('-inf').ln()),
 ('7.5//2', lambda: D('7.5') // 2), ('-7.5%2', lambda: D('-7.5') % 2), ('divmod-7,2', lambda: divmod(D(-7), D(2))),
 ('0.001//7', lambda: D('0.001') // 7), ('divmod 1e-5, 3', lambda: divmod(D('1e-5'), D(3))), ('7//D2', lambda: 7 // D(2)),
]
for traps in (True, False):
    ctx.traps[decimal.InvalidOperation] = traps
    ctx.traps[decimal.DivisionByZero] = traps
    print('traps', traps)
    for label, f in cases:
        ctx.clear_flags()
        tryit(label, f)
        print('   flags', sorted(k.__name__ for k, v in ctx.flags.items() if v))
