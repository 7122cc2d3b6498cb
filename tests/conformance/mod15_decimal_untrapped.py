# Signals a context does not trap give CPython's results (NaN, a signed
# Infinity) and set their flags: ExtendedContext, Context(traps=[]).
from decimal import *
setcontext(ExtendedContext)
print(Decimal(1)/0, Decimal(-1)/0, Decimal(0)/0, Decimal('abc'), Decimal('inf') - Decimal('inf'), Decimal('inf') * 0, Decimal('inf') / Decimal('inf'))
print(Decimal(5) % 0, Decimal(0) % 0, Decimal(-2) ** Decimal('0.5'), Decimal(0) ** 0, Decimal(0) ** -1, Decimal('-0') ** -3, Decimal(-4).sqrt(), Decimal('-inf').sqrt())
print(Decimal('1e30').quantize(Decimal('1e-5')), Decimal('inf').quantize(Decimal(1)))
print(getcontext())
c = Context(traps=[])
print(c.divide(1, 0), c.flags[DivisionByZero], c)
setcontext(DefaultContext)
try: Decimal(1) / 0
except DivisionByZero as e: print(repr(e))
try: Decimal('x')
except InvalidOperation as e: print(repr(e))
print(getcontext())
