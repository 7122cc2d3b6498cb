# timeit: Timer, timeit, repeat, autorange over callables and statements;
# what runs how often, the namespace, gc disabled while timing, errors.
import gc
import sys
import time
import timeit

print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)
print(sorted(timeit.__all__), timeit.dummy_src_name)

calls = []


def stmt():
    calls.append(gc.isenabled())


def setup():
    calls.append('setup')


t = timeit.Timer(stmt, setup)
r = t.timeit(3)
print(type(r).__name__, r >= 0, calls, gc.isenabled())
calls.clear()
rs = t.repeat(repeat=2, number=2)
print(len(rs), all(isinstance(x, float) and x >= 0 for x in rs), calls)
calls.clear()
print(timeit.timeit(stmt, number=0) >= 0, calls)

# String statements run in a function compiled from the template; names
# come from the given globals, else from timeit's own module.
counter = 0
timeit.timeit('global counter\ncounter += 1', number=5, globals=globals())
print('counter', counter)
timeit.timeit('seen_src = dummy_src_name', number=1)
try:
    timeit.timeit('counter', number=1)
except NameError as e:
    print('NameError', e)
ns = {'total': []}
timeit.timeit('total.append(k)', setup='k = 7', number=3, globals=ns)
print(ns['total'], sorted(k for k in ns if k != '__builtins__'))
print(timeit.repeat('x = 1', repeat=4, number=10).__len__())
timer = timeit.Timer('for i in range(3):\n    acc.append(i)', setup='acc = out', globals={'out': []})
timer.timeit(2)
print(timer.src)
print('inner' in repr(timer.inner), timer.inner.__code__.co_filename)

ticks = iter(range(0, 1000, 10))


def fake_timer():
    return next(ticks)


print(timeit.timeit('pass', timer=fake_timer, number=100))
print(timeit.Timer('pass', timer=fake_timer).repeat(3, 1))
seen = []
n, took = timeit.Timer('pass', timer=fake_timer).autorange(lambda n, tt: seen.append((n, tt)))
print(n, took, seen)

gc.disable()
timeit.timeit(stmt, number=1)
print('gc stays disabled', gc.isenabled(), calls[-1])
gc.enable()

for args in [(1,), ('pass', 2), ('x = (',), ('return 1',), ('pass', 'yield 1'), ('break',)]:
    try:
        timeit.Timer(*args)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)

bad = timeit.Timer('1 / zero', setup='zero = 0')
try:
    bad.timeit(2)
except ZeroDivisionError:
    import io
    buf = io.StringIO()
    bad.print_exc(file=buf)
    lines = buf.getvalue().splitlines()
    print('\n'.join(lines[:1] + lines[3:]))  # without this file's frame (its path differs)
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print('NameError', e)
print(gc.isenabled())
