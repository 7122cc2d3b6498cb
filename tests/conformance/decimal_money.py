# A small ledger in Decimal: prices and tax rounded with quantize
# (ROUND_HALF_UP for money), totals that stay exact where floats drift,
# a per-invoice localcontext, and Invoice objects tracked in a WeakSet that
# die when the ledger drops them.
import weakref
from decimal import Decimal, ROUND_HALF_UP, localcontext, getcontext

CENT = Decimal('0.01')
live = weakref.WeakSet()

class Invoice:
    def __init__(self, number, lines):
        self.number = number
        self.lines = [(name, Decimal(price), qty) for name, price, qty in lines]
        live.add(self)
    def subtotal(self):
        return sum((p * q for _, p, q in self.lines), Decimal('0'))
    def tax(self, rate):
        return (self.subtotal() * Decimal(rate)).quantize(CENT, rounding=ROUND_HALF_UP)
    def total(self, rate='0.0825'):
        return self.subtotal() + self.tax(rate)
    def __del__(self):
        print('  invoice', self.number, 'closed')

ledger = [Invoice(1, [('widget', '19.99', 3), ('gadget', '5.05', 2)]),
          Invoice(2, [('bolt', '0.10', 30), ('nut', '0.05', 30)]),
          Invoice(3, [('service', '149.95', 1)])]
for inv in ledger:
    print(inv.number, inv.subtotal(), inv.tax('0.0825'), inv.total())
del inv
grand = sum((inv.total() for inv in ledger), Decimal(0))
print('grand total', grand, repr(grand), float(grand))
print('floats drift:', sum([0.10] * 30) + sum([0.05] * 30), 'decimals do not:', sum([Decimal('0.10')] * 30) + sum([Decimal('0.05')] * 30))
with localcontext() as ctx:
    ctx.prec = 4
    print('rough share', grand / 3)
print('exact share', grand / 3, getcontext().prec)
print('split', [(grand / 3).quantize(CENT)] * 2 + [grand - 2 * (grand / 3).quantize(CENT)])
print('live invoices', len(live))
ledger.pop(1)
print('live invoices', len(live))
ledger = None
print('live invoices', len(live))
