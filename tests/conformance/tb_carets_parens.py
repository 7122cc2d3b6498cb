# The operator anchor in CPython's C traceback printer skips the closing
# parenthesis of the left operand one character at a time: '(a)+b' is
# underlined '~~~^~' (traceback.print_exc prints '~~~^^' for the same line).
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
import traceback

a = 1
b = "x"
try:
    c = (a)+b
except TypeError:
    traceback.print_exc()
c = (a)+b
