# An uncaught exception group: each sub-exception's frames with carets inside
# the boxed layout.
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

def check(i):
    values = [1, 2]
    return values[i] / (i - 1)

errors = []
for i in range(4):
    try:
        check(i)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("checks failed", errors)
