# frame_repr: <frame at 0x..., file '...', line N, code NAME>, for a live
# frame, a frame left behind in a traceback, a cleared frame and a
# generator's frame.
import re
import sys


def shown(frame):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(frame)).replace(__file__, 'FILE')


def here():
    return sys._getframe()


print(shown(here()))
print(shown(sys._getframe()))
try:
    def fails():
        x = 1
        raise KeyError(x)
    fails()
except KeyError as e:
    tb = e.__traceback__
print(shown(tb.tb_frame), shown(tb.tb_next.tb_frame))
f = tb.tb_next.tb_frame
f.clear()
print(shown(f), f.f_lineno)


def gen():
    yield 1
    yield 2

g = gen()
print(shown(g.gi_frame))
next(g)
print(shown(g.gi_frame))
next(g)
print(shown(g.gi_frame))
list(g)
print(g.gi_frame)
print(shown(type(lambda: 0)))
print(shown((lambda: sys._getframe())()))
print(shown([sys._getframe() for _ in range(1)][0]))
