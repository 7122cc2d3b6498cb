import gc
from collections import defaultdict
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
counter = iter(range(100))
dd = defaultdict(lambda: D(next(counter)))
dd["a"]; dd["b"]
print(sorted(dd), dd.default_factory is not None)
del dd["a"]
print("missing", dd.__missing__("z").n)
print(len(dd))
dd.default_factory = None
try:
    dd["q"]
except KeyError as e:
    print("KeyError", e)
del dd
print("end")
