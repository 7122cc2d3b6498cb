# cProfile over _lsprof: call counts, recursive counts, caller links and the
# builtins' labels (timings are left out: they are host time in python3).
import cProfile, pstats, io, re, _lsprof
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def work():
    items = []
    for i in range(5):
        items.append(fib(i))
    return sorted(items), len(items)
pr = cProfile.Profile()
pr.enable()
r = work()
pr.disable()
print(r)
st = pstats.Stats(pr)
print(st.total_calls, st.prim_calls)
for func in sorted(st.stats, key=lambda f: (f[0] != '~', f[2])):
    cc, nc, tt, ct, callers = st.stats[func]
    name = func[2] if func[0] == '~' else func[2] + ':' + str(func[1])
    print(name, cc, nc, sorted((c[2], v[:2]) for c, v in callers.items()))
with cProfile.Profile() as p2:
    sum(x * x for x in range(3))
    {}.get(1)
print(sorted((s.code, s.callcount) for s in p2.getstats() if isinstance(s.code, str)))
print(type(pr).__mro__[1], _lsprof.profiler_entry.__name__, _lsprof.profiler_subentry.__name__)
ent = [e for e in p2.getstats() if not isinstance(e.code, str) and e.code.co_name == '<genexpr>'][0]
print(type(ent).__name__, len(ent), ent.callcount, ent.reccallcount, ent.calls)
p3 = cProfile.Profile()
print(p3.runcall(fib, 6))
print(sorted((s.code.co_name if not isinstance(s.code, str) else s.code, s.callcount, s.reccallcount,
              None if s.calls is None else len(s.calls)) for s in p3.getstats()))
p3.clear()
print(p3.getstats())
try:
    pstats.Stats(p3, stream=io.StringIO())
except TypeError as e:
    print('TypeError', str(e).startswith('Cannot create or construct'))
p4 = cProfile.Profile()
p4.runcall(fib, 3)
s = io.StringIO()
pstats.Stats(p4, stream=s).sort_stats('ncalls', 'name').print_stats()
text = re.sub(r'\S*mod17_cprofile_stats\.py', 'F', re.sub(r'\d+\.\d+', 'T', s.getvalue()))
print('\n'.join(line.rstrip() for line in text.splitlines() if line.strip()))
