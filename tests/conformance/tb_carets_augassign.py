# Augmented assignment: the load and the store of an attribute or subscript
# target are positioned at the whole target (compiler_augassign), so the
# carets of an uncaught error span `obj.attr` or `d[k]` ('~^^^' anchors
# for a subscript), both in a plain function and in a generator.
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

class Account:
    def __init__(self):
        self.balance = 10

def report(fn, *args):
    try:
        fn(*args)
    except Exception:
        import traceback
        traceback.print_exc()

def transfer(a, b):
    b.balance += a.balance

def count(d, key):
    d[key] += 1

def freeze(t):
    t[0] += 1

def gen(d):
    d["total"] += yield 1

report(transfer, Account(), None)
report(count, {}, "missing")
report(freeze, (1, 2))
report(next, gen({}))
counts = {"a": 1}
counts["b"] += len(counts)
