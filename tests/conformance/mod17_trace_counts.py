import trace, sys
def f(n):
    t = 0
    for i in range(n):
        t += i
    return t
tr = trace.Trace(count=1, trace=0)
print(tr.runfunc(f, 3))
res = tr.results()
counts = sorted((ln, c) for (fn, ln), c in res.counts.items() if fn == __file__)
print(counts)
