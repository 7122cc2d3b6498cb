# The context's flags and traps (SignalDicts): Inexact, Rounded, Overflow,
# FloatOperation set by arithmetic, quantize, comparisons and the
# constructor; trapped signals raised with the list of what trapped;
# clear_flags/clear_traps and the Context arithmetic methods.
import decimal
from decimal import *
c = Context(flags=[Inexact], traps=[Rounded])
print(c)
c = Context(traps={s: False for s in Context().traps})
print(c)
for bad in [{'x': 1}, 5]:
  try: print(Context(traps=bad))
  except Exception as e: print(type(e), e)
try: c.flags['x'] = 1
except Exception as e: print(type(e), e)
try: c.flags[ConversionSyntax]
except Exception as e: print(type(e), e)
c.flags[Inexact]=1; print(c.flags[Inexact], c.flags)
c.clear_flags(); c.clear_traps(); print(c)
print(len(c.flags), list(c.flags), c.flags.copy())
getcontext().traps[Inexact] = True
try: Decimal(1)/7
except Exception as e: print(type(e), repr(e), e.args)
getcontext().traps[Inexact] = False
getcontext().traps[FloatOperation] = True
try: Decimal(1.5)
except Exception as e: print(type(e), repr(e))
try: Decimal(1) < 1.5
except Exception as e: print(type(e), repr(e))
try: Decimal(1) == 1.5
except Exception as e: print(type(e), repr(e))
getcontext().traps[FloatOperation] = False
getcontext().clear_flags()
Decimal(1) == 1.5; print(getcontext().flags[FloatOperation])
getcontext().clear_flags()
Decimal(1) < 1.5; print(getcontext().flags[FloatOperation])
getcontext().clear_flags()
print(Decimal('1.23456789012345678901234567890123'), getcontext())
+Decimal('1.23456789012345678901234567890123'); print(getcontext())
getcontext().clear_flags()
Decimal('1.5').quantize(Decimal(1)); print(getcontext())
getcontext().clear_flags()
Decimal('1.50').quantize(Decimal('0.1')); print(getcontext())
getcontext().clear_flags()
Decimal('1.5').to_integral_value(); print(getcontext())
Decimal('1.5').to_integral_exact(); print(getcontext())
getcontext().clear_flags()
Decimal(2).sqrt(); print(getcontext())
getcontext().clear_flags()
Decimal(1000).sqrt(); Decimal(4).sqrt(); print(getcontext())
getcontext().clear_flags()
Decimal(1).exp(); print(getcontext())
getcontext().clear_flags()
try: Decimal(1)/0
except Exception as e: print(repr(e), getcontext())
getcontext().clear_flags()
ctx = Context(prec=3)
print(ctx.add(Decimal('1.234'), 1), ctx.flags[Inexact], ctx)
print(ctx.divide(1, 3), ctx.multiply(2, Decimal('1.11')), ctx.sqrt(2), ctx.create_decimal('1.2345'), ctx)
print(ctx.power(2, 10), ctx.subtract(5, Decimal('0.0001')), ctx.divide_int(7, 2), ctx.remainder(7, 2), ctx.minus(3), ctx.plus(Decimal('1.2345')), ctx.abs(-2), ctx.compare(1, 2), ctx.quantize(Decimal('1.234'), Decimal('0.1')))
print(DefaultContext, BasicContext, ExtendedContext)
with localcontext() as lc:
    lc.prec = 4; print(Decimal(1)/3, lc)
print(getcontext().Etiny(), getcontext().Etop())
getcontext().traps[Overflow] = False
print(Decimal('9e999999')*10, getcontext())
print(getcontext().flags == {s: (s in (Overflow, Inexact, Rounded, FloatOperation)) for s in getcontext().flags})
setcontext(Context(prec=2, traps=[Inexact]))
try: Decimal(2) / 3
except Inexact as e: print('trapped', e)
print(Decimal(4) / 2, getcontext())
