# range with ints beyond 2**53: exact items, len, membership, index,
# reversed, equality and hash; len() of a range longer than sys.maxsize is
# OverflowError, though indexing and `in` still work.
r = range(2**53, 2**53 + 10, 3)
print(list(r), r[1], r[-1], len(r), 2**53 + 3 in r, 2**53 + 4 in r, r.index(2**53 + 6))
big = range(10**30)
try:
    len(big)
except OverflowError as e:
    print("OverflowError", e)
print(big[5], big[-1], 10**29 in big, big.stop, bool(big), big.count(7))
print(list(reversed(range(2**60, 2**60 + 3))), list(range(2**60, 2**60 + 2)))
print(range(2**60), range(0, 2**70, 2**68), range(-2**64, 0, 2**62))
print(range(2**60) == range(0, 2**60), hash(range(2**60)) == hash(range(0, 2**60, 1)))
print(len(range(0, 2**70, 2**68)), list(range(0, 2**70, 2**68)))
try:
    big[10**30]
except IndexError as e:
    print("IndexError", e)
try:
    r.index(5)
except ValueError as e:
    print("ValueError", e)
n = 0
for i in range(2**62, 2**62 + 5):
    n += i - 2**62
print(n)
