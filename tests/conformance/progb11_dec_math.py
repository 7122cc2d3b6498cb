from decimal import Decimal, getcontext, localcontext, InvalidOperation, ROUND_DOWN, ROUND_UP
for v in ["1", "2", "0.5", "10", "-1", "1e-5", "123.456", "0", "-0.75", "1E+2", "Infinity", "-Infinity", "NaN", "3"]:
    d = Decimal(v)
    row = [v]
    for f in ("exp", "ln", "log10", "sqrt"):
        try:
            row.append(str(getattr(d, f)()))
        except InvalidOperation as e:
            row.append("InvalidOperation")
    print(" | ".join(row))
for x, y in [("2", "0.5"), ("4", "0.5"), ("8", "1/3"), ("2", "-0.5"), ("27", "0.333"), ("1.21", "0.5"), ("10", "2.5"), ("0", "0.5"), ("0", "-0.5"), ("-8", "0.5"), ("1", "0.5"), ("100", "-1.5"), ("1.5", "2.5"), ("2", "10.0")]:
    try:
        if "/" in y:
            continue
        print(x, y, Decimal(x) ** Decimal(y))
    except InvalidOperation:
        print(x, y, "InvalidOperation")
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1).exp(), Decimal(2).ln(), Decimal(7).log10(), Decimal(2) ** Decimal("0.5"))
    ctx.prec = 5
    ctx.rounding = ROUND_DOWN
    print(Decimal(1).exp(), Decimal(2).ln(), Decimal(3) ** Decimal("1.5"), Decimal("9.99999") ** Decimal("0.5"))
    ctx.rounding = ROUND_UP
    print(Decimal(1).exp(), Decimal(3) ** Decimal("1.5"))
principal = Decimal("1000")
rate = Decimal("0.05")
for years in (1, 5, 10):
    cont = principal * (rate * years).exp()
    print(years, cont.quantize(Decimal("0.01")), (principal * (1 + rate) ** years).quantize(Decimal("0.01")))
print(Decimal("1e100").ln(), Decimal("1e-100").log10(), Decimal(100).log10(), Decimal("0.001").log10(), Decimal(-50).exp(), Decimal(50).exp())
