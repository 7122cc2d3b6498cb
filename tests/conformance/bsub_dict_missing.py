# dict subclasses with __missing__: d[k] calls it for a missing key (and only
# d[k]: get(), `in` and setdefault do not), a counting dict and a
# default-factory dict written by hand, and KeyError when __missing__ raises.
class Zero(dict):
    def __missing__(self, key):
        return 0

class Counting(dict):
    def __missing__(self, key):
        print("missing", repr(key))
        self[key] = value = len(self)
        return value

z = Zero(a=1)
print(z["a"], z["b"], "b" in z, z.get("b"), z.get("b", "dflt"), z)
z["c"] += 5
print(z, len(z))
c = Counting()
print(c["x"], c["y"], c["x"], c)
print(c.setdefault("z", 99), c)

class Strict(dict):
    def __missing__(self, key):
        raise KeyError("no " + str(key))

s = Strict({1: "one"})
print(s[1])
try:
    s[2]
except KeyError as e:
    print("KeyError", e)

class Tree(dict):
    def __missing__(self, key):
        value = self[key] = type(self)()
        return value

t = Tree()
t["a"]["b"]["c"] = 1
print(t)
print(type(t["a"]).__name__, isinstance(t, dict), dict(t) == t, type(dict(t)).__name__)

class NoMissing(dict):
    pass

try:
    NoMissing()["k"]
except KeyError as e:
    print("KeyError", e)
