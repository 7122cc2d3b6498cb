# After the referent dies every forwarded operation on the proxy raises
# ReferenceError: bool, str, f-string, iter, [], []=, in, del attr, p == p;
# type(p) and `p is p` still work because they do not touch the referent.
# CPython: weakrefobject.c proxy_checkref.
import gc
import weakref

gc.disable()


class Box:
    def __init__(self):
        self.items = [1, 2]

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __contains__(self, v):
        return v in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


b = Box()
p = weakref.proxy(b)
print("alive:", bool(p), p[0], 2 in p, list(p))
del b
ops = [
    ("bool", lambda: bool(p)),
    ("str", lambda: str(p)),
    ("f-string", lambda: f"{p}"),
    ("iter", lambda: iter(p)),
    ("getitem", lambda: p[0]),
    ("in", lambda: 1 in p),
    ("p == p", lambda: p == p),
    ("getattr", lambda: getattr(p, "items")),
    ("hasattr", lambda: hasattr(p, "items")),
]
for name, op in ops:
    try:
        op()
        print(name, "no error")
    except ReferenceError as e:
        print(name, "->", type(e).__name__, e)
try:
    p[0] = 5
except ReferenceError as e:
    print("setitem ->", e)
try:
    del p.items
except ReferenceError as e:
    print("delattr ->", e)
print("type still ProxyType:", type(p) is weakref.ProxyType, "| p is p:", p is p)
