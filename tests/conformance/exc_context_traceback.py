# Re-raising a caught exception object with `raise e` adds a traceback entry
# for the frame again (RAISE_VARARGS), unlike a bare `raise`; the printed
# chain shows the replaced context.
import sys

class ShortPaths:
    name = __file__.rsplit("/", 1)[-1]
    def write(self, text):
        return sys.__stdout__.write(text.replace(__file__, self.name))
    def flush(self):
        pass
sys.stderr = ShortPaths()

def fail():
    raise ValueError("original")

saved = None
try:
    fail()
except ValueError as e:
    saved = e
print(len([saved]))
try:
    {}["missing"]
except KeyError:
    try:
        raise saved
    except ValueError:
        pass
try:
    raise TypeError("outer")
except TypeError:
    raise saved
