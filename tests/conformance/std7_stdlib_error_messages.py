# The exceptions ordinary programs meet in the stdlib, type and message: json
# decode/encode errors, namedtuple field-name checks, deque maxlen, Counter
# of an int, math domain and type errors, timedelta overflow (C int first,
# then the day range), date range, Decimal division by zero, Fraction
# parsing, statistics, Enum lookup, dataclasses on non-dataclasses, reduce,
# heapq/bisect on bad containers, attrgetter, re.error, and the builtins'.
import json, collections, math, datetime, decimal, fractions, statistics, enum, dataclasses, functools, copy, heapq, bisect, operator, re
cases = [
    lambda: json.loads("[1, 2"), lambda: json.loads(""), lambda: json.dumps(object()), lambda: collections.namedtuple("P", "x x"),
    lambda: collections.namedtuple("P", "1x"), lambda: collections.deque([], -1), lambda: collections.Counter(1),
    lambda: math.log(-1), lambda: math.sqrt("x"), lambda: datetime.timedelta(days=10**10), lambda: datetime.date(2020, 13, 1),
    lambda: decimal.Decimal("1") / decimal.Decimal("0"), lambda: fractions.Fraction("x"), lambda: statistics.stdev([1]),
    lambda: enum.Enum("E", "A B")("zz"), lambda: dataclasses.asdict(1), lambda: dataclasses.replace(1),
    lambda: functools.reduce(None, [1, 2]), lambda: copy.deepcopy(lambda: 0) and "ok", lambda: heapq.heappush(1, 2), lambda: bisect.insort(None, 1),
    lambda: operator.attrgetter(1), lambda: re.compile("[a-"), lambda: re.sub("(", "", "x"), lambda: "abc"[5], lambda: {}["missing"],
    lambda: [].pop(), lambda: int(None), lambda: float("nan") < None, lambda: sorted([1, None]), lambda: max(), lambda: iter(5), lambda: next(iter([])),
]
for f in cases:
    try:
        r = f()
        print("ok", r if not callable(r) else "callable")
    except Exception as e:
        print(type(e).__module__ if type(e).__module__ != "builtins" else "", type(e).__name__, str(e)[:80])
for d in (10**10, -10**10, 10**9, 999999999):
    try:
        print(datetime.timedelta(days=d))
    except OverflowError as e:
        print("OverflowError", e)
