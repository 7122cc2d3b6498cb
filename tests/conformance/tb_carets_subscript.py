# Subscripts in an uncaught traceback: '~' under the value, '^' from '[' to
# ']' (spaces inside the brackets included), for a dict KeyError and a list
# IndexError reached through a call chain.
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

table = {"a": {"b": [1, 2]}}

def lookup(key):
    return table["a"]["b"][ key ] + 1

def outer():
    value = lookup(7) if True else None
    return value

outer()
