# copy.copy/deepcopy of dates, datetimes, timedeltas, times, time zones,
# Fractions and Decimals (immutable ones come back equal; a date subclass
# keeps its attributes), and dataclasses.asdict deep-copying such fields.
import copy
from dataclasses import dataclass, asdict, field
from datetime import date, datetime, timedelta, timezone, time
from fractions import Fraction
from decimal import Decimal
vals = [date(2020, 1, 2), datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc), timedelta(1, 2, 3), time(1, 2, tzinfo=timezone(timedelta(hours=1), 'X')), timezone.utc, Fraction(1, 3), Decimal('1.50')]
for v in vals:
    c, d = copy.copy(v), copy.deepcopy(v)
    print(repr(c), c == v, c is v, repr(d), d == v, d is v)
@dataclass
class Event:
    when: datetime
    span: timedelta = field(default_factory=timedelta)
    cost: Decimal = Decimal('0')
e = Event(datetime(2024, 5, 1, 9, 30), timedelta(hours=2), Decimal('9.99'))
print(asdict(e))
print(e)
class Day(date):
    pass
dd = Day(2020, 1, 1)
dd.tag = 'x'
c = copy.deepcopy(dd)
print(repr(c), type(c).__name__, getattr(c, 'tag', None))
