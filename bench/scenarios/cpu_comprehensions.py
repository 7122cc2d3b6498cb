# CPU-bound: list, dict and set comprehensions, generator expressions fed to
# sum/any/max, nested comprehensions, enumerate and zip.
N = 200000

squares = [i * i for i in range(N)]
odd = [x for x in squares if x % 2]
table = {i: i % 7 for i in range(N)}
seen = {v % 1000 for v in squares}
total = sum(x % 13 for x in odd)
big = any(x > N * N for x in squares)
grid = [[r * c for c in range(20)] for r in range(N // 100)]
diag = sum(row[i % 20] for i, row in enumerate(grid))
pairs = sum(a * b for a, b in zip(squares, odd))
mx = max(v for k, v in table.items() if k % 3 == 0)
print("comprehensions", len(odd), len(seen), total, big, diag, pairs % 1000003, mx)
