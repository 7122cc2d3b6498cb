# CPU-bound: a while/for loop of int and float arithmetic and comparisons
# (the kind of inner loop numeric code has), no allocation that outlives a
# statement.
N = 1000000


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def mean_var(n):
    s = 0.0
    sq = 0.0
    for i in range(n):
        x = (i * 7 + 3) % 101 / 10.0
        s += x
        sq += x * x
    m = s / n
    return m, sq / n - m * m


best = 0
for k in range(1, N // 100):
    c = collatz_steps(k)
    if c > best:
        best = c
m, v = mean_var(N)
print("arith", best, round(m, 6), round(v, 6))
