# An ordinary program (qa14 sweep): dynamic programming (LCS, edit distance,
# knapsack, coin change, LIS, word break), Pascal's triangle and N-queens.
from functools import lru_cache
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            dp[i + 1][j + 1] = dp[i][j] + 1 if x == y else max(dp[i][j + 1], dp[i + 1][j])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]
def knapsack(items, cap):
    best = [0] * (cap + 1)
    choice = [[] for _ in range(cap + 1)]
    for w, v, name in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
                choice[c] = choice[c - w] + [name]
    return best[cap], choice[cap]
def coins(amount, denoms):
    ways = [1] + [0] * amount
    for d in denoms:
        for a in range(d, amount + 1):
            ways[a] += ways[a - d]
    return ways[amount]
def min_coins(amount, denoms):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        dp[a] = min((dp[a - d] + 1 for d in denoms if d <= a), default=INF)
    return dp[amount] if dp[amount] != INF else -1
def lis(xs):
    import bisect
    tails = []
    for x in xs:
        i = bisect.bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)
@lru_cache(None)
def grid_paths(r, c):
    if r == 0 or c == 0: return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
def max_subarray(xs):
    best = cur = xs[0]
    for x in xs[1:]:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best
def word_break(s, words):
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in words for j in range(i))
    return ok[-1]
print(lcs("AGGTAB", "GXTXAYB"), edit("kitten", "sitting"), edit("", "abc"))
print(knapsack([(1, 1, "a"), (3, 4, "b"), (4, 5, "c"), (5, 7, "d")], 7))
print(coins(100, [1, 5, 10, 25, 50]), min_coins(63, [1, 5, 10, 21, 25]), min_coins(3, [2]))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), grid_paths(16, 16), max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
print(word_break("applepenapple", {"apple", "pen"}), word_break("catsandog", {"cats", "dog", "sand", "and", "cat"}))
tri = [[1]]
for _ in range(9):
    tri.append([1] + [a + b for a, b in zip(tri[-1], tri[-1][1:])] + [1])
w = len(" ".join(map(str, tri[-1])))
for row in tri:
    print(" ".join(map(str, row)).center(w))
def nqueens(n):
    sols = []
    def place(row, cols, d1, d2, cur):
        if row == n:
            sols.append(cur[:]); return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2: continue
            cur.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, cur)
            cur.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
s = nqueens(6)
print(len(s), s[0], len(nqueens(7)))
for r in s[0]:
    print("".join("Q" if c == r else "." for c in range(6)))
