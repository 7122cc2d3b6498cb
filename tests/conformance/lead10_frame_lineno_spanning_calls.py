# f_lineno of a frame that is calling out is the line of its call, which
# can be a later line of a statement spanning several (PyFrame_GetLineNumber
# reads the current instruction): sys._getframe(1), traceback.format_stack
# and inspect.stack all see it.
import inspect
import sys
import traceback


def caller_line():
    return sys._getframe(1).f_lineno


values = [
    1,
    caller_line(),
]
print(values)
y = (dict(a=1)
     .get('a', caller_line()))
print(y)


def show_stack():
    for line in traceback.format_stack(limit=2)[:1]:
        print(line.replace(__file__, 'SCENARIO'), end='')


z = [0,
     show_stack()]


class Builder:
    def step(self):
        return inspect.stack()[1].lineno


print(Builder()
      .step())


def gen():
    yield caller_line()
    yield (0,
           caller_line())


print(list(gen()))
g = gen()
next(g)
print(g.gi_frame.f_lineno)
