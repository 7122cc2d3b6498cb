# CPython's traceback module imports ast the first time it formats a frame
# line with carets (to find the anchors of the expression that raised):
# that import's cost and its cyclic garbage (the temporary class of ast's
# _Precedence enum) are python3's, once.
import gc
import traceback


class Guard:
    def __del__(self):
        print('guard released')


def fail():
    g = Guard()
    return 1 / 0


gc.collect()
try:
    fail()
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
print(lines[-1])
print('found', gc.collect())
try:
    fail()
except ZeroDivisionError:
    text = traceback.format_exc()
print('again', gc.collect())
