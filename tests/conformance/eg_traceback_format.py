# The traceback of an uncaught exception group in 3.11's boxed format,
# written to sys.stderr (redirected to stdout here so it is compared, with
# the script's path shortened to its name): nested groups, sub-exceptions
# with their own tracebacks, chained context.
import sys

class ShortPaths:
    name = __file__.rsplit("/", 1)[-1]
    def write(self, text):
        return sys.__stdout__.write(text.replace(__file__, self.name))
    def flush(self):
        pass
sys.stderr = ShortPaths()

def fail(n):
    raise ValueError(f"bad {n}")

def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    errors.append(ExceptionGroup("nested", [TypeError("t1"), KeyError("k")]))
    raise ExceptionGroup("collected", errors)

try:
    collect()
except ExceptionGroup as eg:
    try:
        raise RuntimeError("while handling")
    except RuntimeError as re:
        handled = re

def outer():
    try:
        collect()
    except* ValueError:
        raise OSError("replaced values")
outer()
