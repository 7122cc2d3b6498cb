# date and datetime arithmetic and comparisons: +/- timedelta (sub-day
# parts ignored by date), date - date, datetime - datetime across zones,
# naive/aware mixing errors, date vs datetime (== False, ordering refused),
# month ends and leap years, the range limits' OverflowError, sorting and
# hashing consistent with equality across time zones.
from datetime import date, datetime, timedelta, timezone

d = date(2024, 2, 28)
print(d + timedelta(1), d + timedelta(2), d - timedelta(59), timedelta(days=366) + d)
print(d + timedelta(hours=23), d - timedelta(hours=1), d - date(2023, 2, 28), date(2000, 1, 1) - d)
print(type(d - date(2024, 1, 1)), repr(d - d))
t = datetime(2024, 12, 31, 23, 59, 59, 999999)
print(t + timedelta(microseconds=1), t - timedelta(days=366, microseconds=-1), t - datetime(2024, 1, 1))
print(datetime(2024, 3, 10, 12) - datetime(2024, 3, 9, 13, 30), datetime(2024, 3, 9) - datetime(2024, 3, 10, 0, 0, 1))

utc = timezone.utc
tokyo = timezone(timedelta(hours=9), 'JST')
ny = timezone(timedelta(hours=-5), 'EST')
a = datetime(2024, 1, 1, 9, tzinfo=tokyo)
b = datetime(2024, 1, 1, 0, tzinfo=utc)
c = datetime(2023, 12, 31, 19, tzinfo=ny)
print(a == b, b == c, a == c, a - b, a - c, c - datetime(2023, 12, 31, tzinfo=ny))
print(hash(a) == hash(b) == hash(c), len({a, b, c}), a < datetime(2024, 1, 1, 1, tzinfo=utc))
print(sorted([datetime(2024, 1, 1, 8, tzinfo=tokyo), b, datetime(2023, 12, 31, 18, 30, tzinfo=ny)]))
naive = datetime(2024, 1, 1)
print(naive == b, naive != b, naive == date(2024, 1, 1), date(2024, 1, 1) == naive, date(2024, 1, 1) != naive)
print(d == date(2024, 2, 28), d != date(2024, 2, 28), d < date(2024, 3, 1), d >= date(2024, 2, 28), d == "2024-02-28")
print(max(date(2024, 1, 5), date(2023, 12, 5)), sorted([date(2024, 3, 1), date(2024, 1, 1), date(2023, 5, 5)]))
print(len({date(2024, 1, 1), date(2024, 1, 1), datetime(2024, 1, 1), datetime(2024, 1, 1, 0)}))

for expr in ["naive < b", "naive - b", "b - naive", "date(2024, 1, 1) < naive", "naive > date(2024, 1, 1)",
             "naive - date(2024, 1, 1)", "date(2024, 1, 1) - naive", "d + 1", "d - 1", "1 + d", "d < 1",
             "d + d", "date.max + timedelta(1)", "date.min - timedelta(1)", "datetime.max + timedelta(microseconds=1)",
             "datetime.min - timedelta(microseconds=1)", "date(2024, 1, 1) + timedelta(days=3000000)",
             "datetime(2024, 1, 1) > 5", "timedelta(1) - d"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__ + ':', e)

# Month-end rolling: the last day of each month of a leap year.
def month_end(y, m):
    first_next = date(y + m // 12, m % 12 + 1, 1)
    return first_next - timedelta(days=1)
print([month_end(2024, m).day for m in range(1, 13)], [month_end(2100, 2).day, month_end(2000, 2).day])
