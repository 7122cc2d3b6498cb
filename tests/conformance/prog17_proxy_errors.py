import weakref

class C:
    def __init__(self):
        self.items = [1, 2, 3]
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __call__(self, x):
        return x * 2
    def __repr__(self):
        return "C()"

c = C()
p = weakref.proxy(c)
print(len(p), list(p), p(4), bool(p))
print(type(p).__name__, callable(p))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(p == c, p.items is c.items)
del c
for op in (lambda: p.items, lambda: len(p), lambda: p(1), lambda: str(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(type(p).__name__)
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
