import profile, pstats, io
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
p = profile.Profile()
r = p.runcall(fib, 10)
print(r)
s = pstats.Stats(p)
print(type(s).__name__, s.total_calls, s.prim_calls)
names = sorted((k[2], v[1]) for k, v in s.stats.items() if k[2] in ('fib',))
print(names)
print(pstats.SortKey.CUMULATIVE, list(pstats.SortKey)[:3])
