# try/except/else/finally flow: else runs only without an exception, finally
# always runs (also on return and break), a return in finally wins, bare
# `raise` re-raises, an exception in except replaces the original.
# CPython: compile.c compiler_try_except/compiler_try_finally.
def attempt(x):
    try:
        print("  try", x)
        r = 10 // x
    except ZeroDivisionError as e:
        print("  except:", e)
        return "from except"
    else:
        print("  else, r =", r)
        return "from else"
    finally:
        print("  finally")


print(attempt(2))
print(attempt(0))


def finally_wins():
    try:
        return "try value"
    finally:
        return "finally value"


print(finally_wins())
for i in range(3):
    try:
        if i == 1:
            break
        print("loop body", i)
    finally:
        print("finally in loop", i)
try:
    try:
        raise KeyError("k")
    except KeyError:
        print("handling, re-raising")
        raise
except KeyError as e:
    print("outer caught KeyError", e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("replaced by:", type(e).__name__, e)
except ValueError:
    print("not reached")
