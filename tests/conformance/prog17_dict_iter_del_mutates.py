registry = {}

class Entry:
    def __init__(self, k):
        self.k = k
        registry[k] = self
    def __del__(self):
        print("Entry del", self.k)
        registry.pop("other", None)

for k in ("a", "b", "other"):
    Entry(k)
print(sorted(registry))
holder = registry
try:
    for k in holder:
        if k == "a":
            holder["a"] = None
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(registry))
registry["b"] = 5
print(sorted(registry))
