# Overriding dict methods: __setitem__/__getitem__ overrides run for d[k],
# super() reaches dict's own; dict.update and the constructor do not call
# the override (as in CPython); dict.__repr__ / dict.__len__ called directly.
class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)
    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)

d = Logged(a=1)
d["b"] = 2
print(d["a"] + d["b"])
d.update(c=3)
del d["a"]
print(d, len(d), dict.__repr__(d), dict.__len__(d), list(d), list(d.items()))
print(d.get("b"), d.pop("c"), d)

class Upper(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        for k, v in dict(*args, **kw).items():
            self[k] = v
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __contains__(self, key):
        return super().__contains__(key.upper())

u = Upper({"x": 1}, y=2)
u["z"] = 3
print(u, "x" in u, "X" in u, "w" in u, u.keys(), sorted(u.values()))

class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

a = Attr(host="h", port=80)
print(a.host, a.port, a)
try:
    a.missing
except AttributeError as e:
    print("AttributeError", e)
print(a == {"host": "h", "port": 80}, {"host": "h", "port": 80} == a, a | {"x": 1}, type(a | {"x": 1}).__name__)
