import csv
import io
from decimal import Decimal, ROUND_HALF_UP, getcontext
from datetime import date, datetime, timedelta
from collections import defaultdict

DATA = """date,description,amount,category
2023-01-03,Salary,2500.00,income
2023-01-04,Groceries,-84.37,food
2023-01-07,Coffee,-3.50,food
2023-01-15,Rent,-950.00,housing
2023-01-21,Restaurant,-42.10,food
2023-02-01,Salary,2500.00,income
2023-02-02,Electricity,-61.99,utilities
2023-02-14,Flowers,-25.00,gifts
2023-02-20,Groceries,-102.05,food
2023-02-28,Rent,-950.00,housing
2023-03-01,Refund,15.25,other
"""

rows = list(csv.DictReader(io.StringIO(DATA)))
print(len(rows), "rows; fields:", list(rows[0].keys()))
balance = Decimal("1000.00")
by_month = defaultdict(lambda: defaultdict(Decimal))
for r in rows:
    d = datetime.strptime(r["date"], "%Y-%m-%d").date()
    amt = Decimal(r["amount"])
    balance += amt
    by_month[d.strftime("%Y-%m")][r["category"]] += amt
    print(f"{d:%d %b %Y} {r['description']:<12} {amt:>10,.2f} {balance:>10,.2f}")

print()
for month in sorted(by_month):
    cats = by_month[month]
    total = sum(cats.values(), Decimal(0))
    print(month, "net", total)
    for cat, v in sorted(cats.items(), key=lambda kv: kv[1]):
        share = (v / total * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) if total else Decimal(0)
        print(f"   {cat:<10}{v:>10}  {share}%")

getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("2").sqrt(), Decimal("1.10") * 3)
first = date(2023, 1, 3)
last = date(2023, 3, 1)
print((last - first).days, "days;", (last - first) / 7, ";", first + timedelta(weeks=6))
print(first.isoformat(), first.weekday(), first.isocalendar(), last.strftime("%A %j %U"))

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["month", "income", "spent"])
for month in sorted(by_month):
    c = by_month[month]
    inc = sum((v for v in c.values() if v > 0), Decimal(0))
    sp = sum((v for v in c.values() if v < 0), Decimal(0))
    w.writerow([month, float(inc), float(-sp)])
print(out.getvalue(), end="")
print(repr(out.getvalue()[:30]))
