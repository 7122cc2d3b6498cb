# decimal (the subset gclab provides): construction from str/int/float/tuple,
# + - * / // % divmod ** with ints, the context precision and rounding
# (getcontext, setcontext, localcontext), quantize with every rounding,
# normalize, sqrt, str/repr in the scientific-notation rules, comparisons
# with int/float, hashes equal to those of equal ints and floats, and the
# InvalidOperation/DivisionByZero/Overflow signals with their messages.
from decimal import *
import decimal
print(repr(getcontext()))
tests=['Decimal("1.10")+Decimal("2.205")','Decimal(1)/Decimal(3)','Decimal(2)/Decimal(4)','Decimal("1.0")/Decimal("0.1")','Decimal("10")/Decimal("4")','Decimal("1.30")*Decimal("2.0")','Decimal("abc")','Decimal(1)/0','Decimal(0)/0','Decimal("1.5")+1.5','Decimal(0.1)','Decimal("1E+5")','str(Decimal("1E+5"))','Decimal("0.000001")','Decimal("0.0000001")','Decimal("-0")','Decimal("123.456").quantize(Decimal("0.01"))','Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)','Decimal("7.325").quantize(Decimal("1."))','Decimal("1.1")==Decimal("1.10")','Decimal("0.5")==0.5','Decimal("0.1")==0.1','Decimal("0.1")<0.2','hash(Decimal("1.5"))==hash(1.5)','hash(Decimal("0.1"))','hash(Decimal("-2.50"))','hash(Decimal(10**30))==hash(10**30)','Decimal("3")**2','Decimal("2").sqrt()','Decimal("16").sqrt()','Decimal("0.25").sqrt()','int(Decimal("-3.7"))','float(Decimal("0.1"))','round(Decimal("2.5"))','round(Decimal("2.567"), 2)','Decimal("7")%Decimal("3")','Decimal("-7")//Decimal("2")','Decimal("-7")%Decimal("2")','divmod(Decimal("7.5"), 2)','-Decimal("1.0")','abs(Decimal("-1.50"))','Decimal("1.00")+Decimal("0")','sum([Decimal("0.1")]*10)','Decimal("NaN")','Decimal("Infinity")','Decimal("-inf")','Decimal("1e999999999")*10','Decimal("1.23E-7")','Decimal("12345678901234567890123456789")+1','Decimal(5).as_integer_ratio()','Decimal("-0.75").as_integer_ratio()','Decimal("1.5").as_tuple()','Decimal(" 1.5 ")','Decimal("1_000")','Decimal(3.0)','Decimal(-0.0)','Decimal((0,(1,4),-1))','Decimal("1.5")+Decimal(1)','1 + Decimal("0.5")','1 - Decimal("0.5")','2 / Decimal("8")','Decimal("10")-Decimal("0.001")','Decimal("1e3")+0','Decimal("100").normalize()','Decimal("0.1")*3 == Decimal("0.3")','max(Decimal("1"), Decimal("1.0"))','sorted([Decimal("2"), 1, Decimal("0.5")])','Decimal("1.20").to_integral_value()','Decimal("2.5").to_integral_value()','format(Decimal("3.14159"), ".2f")','format(Decimal("1234.5"), ",")','format(Decimal("1234567.891"), ",.2f")','Decimal("2").compare(Decimal("3"))','Decimal(1).is_zero()','Decimal("-1").is_signed()','Decimal("1.5")<"2"','Decimal("1.5") == "1.5"','Decimal(2) ** -2','Decimal("1.1") ** 3','Decimal("0") ** 0','Decimal("NaN") == Decimal("NaN")','Decimal("NaN") < 1','Decimal("Infinity") > 10**100','Decimal("1.5").adjusted()','Decimal("123E5").adjusted()','Decimal([1])','Decimal(None)','Decimal("1.5") * 2.0','Decimal(1) + Decimal("1E+30")','Decimal("0.0") == 0','bool(Decimal("0.00"))','Decimal("-0.0") + Decimal("0")','Decimal("5E-3") * Decimal("2E-3")','Decimal(7) / Decimal("0.7")','Decimal("1") / Decimal("8")','Decimal(22) / 7','math.floor(Decimal("-2.5"))','math.ceil(Decimal("2.1"))','Decimal("2.5").__round__()','Decimal("1E+2") + 0','Decimal("9.99").quantize(Decimal("0.1"))','Decimal("1234.5678").quantize(Decimal("1E+2"))','Decimal("1.005").quantize(Decimal("0.01"), ROUND_DOWN)','Decimal("-1.005").quantize(Decimal("0.01"), ROUND_FLOOR)','Decimal("1.5").copy_negate()','Decimal("-3").copy_abs()','type(Decimal("1")).__name__','Decimal.__module__','issubclass(DivisionByZero, ZeroDivisionError)','issubclass(InvalidOperation, ArithmeticError)','Decimal("1.5").x']
import math
for t in tests:
  try: print(t, '->', repr(eval(t)))
  except Exception as e: print(t, '!!', type(e).__module__, type(e).__name__, e)
with localcontext() as ctx:
  ctx.prec = 5
  print(Decimal(1)/Decimal(7), Decimal('123456789')+0, getcontext().prec)
print(getcontext().prec)
getcontext().prec = 6
print(Decimal(1)/Decimal(7), getcontext().prec)
getcontext().rounding = ROUND_UP
print(Decimal(1)/Decimal(7), Decimal(2)/Decimal(3))
for bad in ["getcontext().prec = 0", "getcontext().prec = 'x'", "getcontext().rounding = 'nope'"]:
  try: exec(bad)
  except Exception as e: print(bad, '!!', type(e).__name__, e)
setcontext(Context(prec=3))
print(Decimal(1) / 3, getcontext().prec)
