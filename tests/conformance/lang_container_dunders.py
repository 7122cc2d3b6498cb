# A user container: len() uses __len__, obj[k] uses __getitem__, obj[k] = v
# uses __setitem__, `in` uses __contains__, and `obj[k] += v` calls
# __getitem__ then __setitem__; exceptions raised inside propagate unchanged.
# CPython: typeobject.c
#   slot_mp_subscript/slot_mp_ass_subscript/slot_sq_contains.
class Registry:
    def __init__(self):
        self.keys = []
        self.vals = []

    def __len__(self):
        return len(self.keys)

    def __getitem__(self, key):
        print("  getitem", key)
        for i in range(len(self.keys)):
            if self.keys[i] == key:
                return self.vals[i]
        raise KeyError(key)

    def __setitem__(self, key, value):
        print("  setitem", key, value)
        for i in range(len(self.keys)):
            if self.keys[i] == key:
                self.vals[i] = value
                return
        self.keys.append(key)
        self.vals.append(value)

    def __contains__(self, key):
        print("  contains", key)
        return key in self.keys


r = Registry()
r["a"] = 1
r["b"] = 2
print("len:", len(r))
print("r['b'] =", r["b"])
print("'a' in r:", "a" in r, "| 'z' not in r:", "z" not in r)
print("r['a'] += 10:")
r["a"] += 10
print("now r['a'] =", r["a"])
try:
    r["missing"]
except KeyError as e:
    print("KeyError from __getitem__:", e)
print("bool(r) uses __len__:", bool(r), "| empty:", bool(Registry()))
