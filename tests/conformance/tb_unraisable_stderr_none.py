# With sys.stderr set to None, CPython's unraisable hook prints nothing;
# with sys.stderr an object of our own, the report goes to its write().
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

class Bad:
    def __del__(self):
        raise RuntimeError("in del")

saved = sys.stderr
sys.stderr = None
b = Bad()
del b
print("nothing printed")

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        self.parts.append("<flush>")

sys.stderr = Collect()
b = Bad()
del b
text = "".join(sys.stderr.parts)
sys.stderr = saved
print(re.sub(r"0x[0-9a-f]+", "0x...", text.splitlines()[0]))
print(text.splitlines()[-1])
print(text.count("<flush>"))
print(len(text.splitlines()))
