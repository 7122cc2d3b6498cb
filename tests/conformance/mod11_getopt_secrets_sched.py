# getopt (short/long options, errors), secrets (sizes and ranges only), sched over the simulated clock.
import getopt, secrets, sched, time
print(getopt.getopt(['-a', '-b', 'val', '--long=x', '--flag', 'rest', '-c'], 'ab:c', ['long=', 'flag']))
print(getopt.gnu_getopt(['x', '-a', 'y', '--fl'], 'a', ['flag']))
for args in (['-z'], ['--nope'], ['-b'], ['--long'], ['--flag=1'], ['--f'], ):
    try:
        getopt.getopt(args, 'ab:', ['long=', 'flag', 'flip'])
    except getopt.GetoptError as e:
        print(type(e).__name__, e, e.opt, e.msg)
print(getopt.error is getopt.GetoptError)
print(len(secrets.token_bytes(16)), len(secrets.token_hex(8)), len(secrets.token_urlsafe(12)))
print(0 <= secrets.randbelow(10) < 10, secrets.choice('abc') in 'abc', secrets.compare_digest('a', 'a'), secrets.compare_digest(b'a', b'b'))
print(secrets.randbits(8) < 256, type(secrets.SystemRandom()).__name__)
s = sched.scheduler(time.time, time.sleep)
out = []
def f(x): out.append(x)
t0 = s.timefunc()
e1 = s.enter(2, 1, f, ('b',))
s.enter(1, 1, f, ('a',))
s.enter(2, 0, f, ('c',))
s.enterabs(t0 + 3, 1, f, kwargs={'x': 'd'})
print(len(s.queue), s.empty())
s.cancel(e1)
s.run()
print(out, s.empty())
try: s.cancel(e1)
except ValueError as e: print('ValueError', e)
