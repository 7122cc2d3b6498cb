# A frame object that outlives its call owns f_func (take_ownership): a
# traceback or a saved sys._getframe() keeps the function that ran alive
# after every other reference is gone; it dies with the frame (frame_dealloc
# releases f_func first, then the locals).
import sys
import weakref


class Local:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del local", self.name)


def make_failing():
    def failing():
        keep = Local("in failing")
        raise ValueError("boom")
    return failing


f = make_failing()
weakref.finalize(f, print, "failing function died")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
del f
print("after del f")
frame = tb.tb_next.tb_frame
print("frame of", frame.f_code.co_name, "line", tb.tb_next.tb_lineno)
del frame
del tb
print("after del tb")


def make_framer():
    def framer():
        x = Local("in framer")
        return sys._getframe()
    return framer


g = make_framer()
weakref.finalize(g, print, "framer function died")
fr = g()
del g
print("framer alive through its frame")
fr.clear()
print("after clear (f_func stays)")
del fr
print("after del fr")


def recursive(n):
    if n == 0:
        return sys._getframe()
    return recursive(n - 1)


r = recursive(2)
print(r.f_back.f_code.co_name, r.f_back.f_back.f_code.co_name)
weakref.finalize(recursive, print, "recursive died")
del recursive
print("after del recursive")
del r
print("end")
