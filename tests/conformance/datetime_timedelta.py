# timedelta: normalization of every argument (ints exact, floats rounded
# half to even as delta_new does), repr/str of negative and fractional
# deltas, + - * / // % divmod abs and their results' types, mixing with
# ints and floats, comparisons, hashing, and the overflow/zero-division
# errors.
from datetime import timedelta

cases = [dict(days=-1, seconds=5), dict(hours=-25), dict(microseconds=-1), dict(microseconds=1.5),
         dict(microseconds=2.5), dict(seconds=0.0000015), dict(days=0.1, hours=1.7, minutes=-3.3),
         dict(weeks=1, milliseconds=3), dict(minutes=90.5), dict(days=1.5, seconds=-0.25),
         dict(milliseconds=-0.0005), dict(weeks=-0.5), dict(seconds=86400 * 3 + 0.999999),
         dict(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999),
         dict(seconds=1e-7), dict(seconds=-1e-7), dict(days=True), dict(hours=2**40 // 2**20)]
for c in cases:
    t = timedelta(**c)
    print(c, repr(t), str(t), t.total_seconds())

a, b = timedelta(hours=5), timedelta(days=1)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(a - b))
print(a * 3, 3 * a, a * 0.3333, 0.5 * b, a * -1.5, b * 0)
print(b / a, b // a, b % a, divmod(b, a), a / 4, a // 7, a / 0.1, b / 3.0)
print(timedelta(microseconds=3) * 0.5, timedelta(microseconds=5) * 0.5, timedelta(microseconds=3) / 2,
      timedelta(microseconds=-3) * 0.5, timedelta(microseconds=7) // timedelta(microseconds=2))
print(type(a + b).__name__, type(a * 2).__name__, type(b / a).__name__, type(b // a).__name__)
print(a < b, a <= a, a == timedelta(seconds=18000), a != b, b > a, a >= b)
print(a == 18000, a != "x", sorted([b, a, -a, timedelta(0)]))
print(max(a, b), min(a, b), sum([a, a, b], timedelta()))
print(hash(a) == hash(timedelta(seconds=18000)), hash(timedelta(1)) == hash((1, 0, 0)))
print({a: 'five', timedelta(hours=5): 'FIVE'})

errors = ["timedelta(1) / 0", "timedelta(1) // 0", "timedelta(1) % timedelta(0)", "timedelta(1) / timedelta(0)",
          "timedelta(1) // timedelta(0)", "timedelta(1) / 0.0", "divmod(timedelta(1), timedelta(0))",
          "timedelta(1) * 'a'", "timedelta(1) + 1", "1 - timedelta(1)", "timedelta(1) < 1",
          "timedelta(1) * float('inf')", "timedelta(1) * float('nan')", "timedelta(1) // 2.0",
          "timedelta(1) % 2", "timedelta.max + timedelta(1)", "timedelta.min - timedelta(1)",
          "-timedelta.min", "timedelta(1) * 10**9", "timedelta(1) * 10**10", "abs(timedelta.min)"]
for e in errors:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__ + ':', ex)

total = timedelta()
for minutes in (15, 45, 90, 30.5, 120):
    total += timedelta(minutes=minutes)
print("total", total, total.total_seconds() / 3600, total // timedelta(hours=1), total % timedelta(hours=1))
