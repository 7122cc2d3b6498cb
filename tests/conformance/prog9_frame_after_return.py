"""A traceback keeps the frames it passed through; after their functions
return those frame objects still answer f_globals (the function's module
globals), f_code, f_lineno and f_locals. tb_next can be set: to None, to
another traceback, never into a loop, never to something else."""
import sys

MARK = "module-global"


def inner(x):
    y = x * 2
    raise ValueError(y)


def outer():
    z = "outer-local"
    inner(21)


try:
    outer()
except ValueError as e:
    tb = e.__traceback__

level = tb
while level is not None:
    f = level.tb_frame
    print(f.f_code.co_name, level.tb_lineno, f.f_globals is globals(),
          f.f_globals.get("MARK"), sorted(f.f_locals))
    level = level.tb_next

second = tb.tb_next
third = second.tb_next
print(third.tb_frame.f_code.co_name)
second.tb_next = None
print(second.tb_next)
n = 0
level = tb
while level is not None:
    n += 1
    level = level.tb_next
print("levels now", n)
second.tb_next = third
print(second.tb_next is third)
try:
    third.tb_next = tb
except ValueError as err:
    print("ValueError:", err)
try:
    tb.tb_next = tb
except ValueError as err:
    print("ValueError:", err)
try:
    tb.tb_next = "x"
except TypeError as err:
    print("TypeError:", err)
try:
    del tb.tb_next
except TypeError as err:
    print("TypeError:", err)
print(tb.tb_next is second)
del tb, second, third, level, f
print("end")
