# Error messages name instances of stdlib types that CPython writes in C by
# their tp_name (datetime.date, decimal.Decimal, _struct.Struct,
# _queue.SimpleQueue, collections.deque, functools.partial, ...) while
# __name__ and __qualname__ stay short; a program's subclass is named by
# its own name.
import collections
import datetime
import decimal
import functools
import queue
import struct

objs = [
    datetime.date(2020, 1, 2), datetime.timedelta(1), datetime.datetime(2020, 1, 2, 3),
    datetime.time(1), datetime.timezone.utc, decimal.Decimal("1.5"), decimal.Context(),
    struct.Struct("i"), queue.SimpleQueue(), collections.deque(), functools.partial(print),
    collections.OrderedDict(), collections.defaultdict(list), datetime.date(2020, 1, 2).isocalendar(),
]
for o in objs:
    t = type(o)
    try:
        o.no_such_attribute
    except AttributeError as e:
        print(t.__name__, t.__qualname__, "|", e)
for a, b in [(datetime.date(2020, 1, 2), 1), (decimal.Decimal(1), "x"), (collections.deque(), 1.5), (struct.Struct("i"), 2)]:
    try:
        a + b
    except TypeError as e:
        print(e)

class MyDate(datetime.date):
    pass
class MyDeque(collections.deque):
    pass
for o in (MyDate(2020, 1, 1), MyDeque()):
    try:
        o.missing
    except AttributeError as e:
        print(e)
print(repr(datetime.date(2020, 1, 2)), repr(decimal.Decimal("2.50")), type(struct.iter_unpack("b", b"ab")).__name__)
try:
    len(struct.Struct("i"))
except TypeError as e:
    print(e)
try:
    queue.SimpleQueue()[0]
except TypeError as e:
    print(e)
