# Exceptions raised inside __del__ are reported on sys.stderr (here
# redirected to stdout) with the __del__ frame and its carets, at the moment
# the object dies; the program goes on.
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
import gc

class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        value = {"k": 1}[self.name]

x = Bad("x")
del x
print("after x")

def make_cycle():
    y = Bad("y")
    y.self = y

make_cycle()
print("cycle made")
gc.collect()
print("after collect")
items = [Bad("z1"), Bad("z2")]
items.clear()
print("end")
