# Code CPython runs in C leaves no frame in a traceback, so nothing it was
# working on lives on in the exception: a half-built OrderedDict dies before
# the except clause runs, and the traceback of date(2020, 13, 1) or
# Decimal('abc') names only the program's own lines.
import collections
import datetime
import decimal
import traceback


class Item:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 5

    def __eq__(self, other):
        return self is other

    def __del__(self):
        print("  del", self.name)


def failing():
    yield (Item("a"), 1)
    yield (Item("b"), 2)
    raise ValueError("source failed")


try:
    collections.OrderedDict(failing())
except ValueError as e:
    print("ValueError", e)

od = collections.OrderedDict()
try:
    od.update(failing(), extra=1)
except ValueError as e:
    print("update ValueError", e, list(od.values()))
del od
print("--")
for f in (lambda: datetime.date(2020, 13, 1), lambda: decimal.Decimal("abc"),
          lambda: datetime.timedelta(days=10**10), lambda: collections.deque(maxlen=-1)):
    try:
        f()
    except Exception as e:
        lines = traceback.format_exception(e)
        print(len(lines), lines[-1].strip())
        for line in lines[1:-1]:
            print("   ", line.strip().splitlines()[0].replace(__file__, "SCRIPT"))
print("end")
