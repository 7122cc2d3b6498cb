# CPU-bound: recursion (naive Fibonacci, a recursive tree build and walk,
# memoised recursion with a dict), tuples as return values.
N = 25


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def build(depth):
    if depth == 0:
        return None
    return (depth, build(depth - 1), build(depth - 1))


def walk(node):
    if node is None:
        return 0, 0
    d, left, right = node
    ls, lc = walk(left)
    rs, rc = walk(right)
    return ls + rs + d, lc + rc + 1


memo = {}


def paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = paths(r - 1, c) + paths(r, c - 1)
    memo[key] = v
    return v


print("recursion", fib(N), walk(build(N // 2 + 3)), paths(60, 60) % 1000007)
