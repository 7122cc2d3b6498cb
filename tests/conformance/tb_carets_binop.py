# An uncaught TypeError from a binary operation: CPython's traceback.c prints
# the line with '~' under the operands and '^' under the operator, in every
# frame the exception passed (a call is underlined with '^').
import re
import sys

class ShortPaths:
    name = __file__.rsplit("/", 1)[-1]
    def write(self, text):
        text = re.sub(r"0x[0-9a-f]+", "0x...", text.replace(__file__, self.name))
        return sys.__stdout__.write(text)
    def flush(self):
        pass
sys.stderr = ShortPaths()

def add(a, b):
    return a + b

def twice(x):
    total = add(x, "s") * 2
    return total

print("start")
twice(1)
