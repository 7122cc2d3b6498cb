# class A(M, M) is CPython's duplicate-base TypeError; dict.fromkeys (a
# classmethod, through __setitem__ for subclasses); print() with file=,
# flush=True and a reassigned sys.stdout.
import sys

class M:
    pass
for bases in [(M, M), (M, object, M)]:
    try:
        type("A", bases, {})
    except TypeError as e:
        print("TypeError", e)
try:
    class A(M, M):
        pass
except TypeError as e:
    print("TypeError", e)

print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v)
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 1), {}.fromkeys("q"))
for args in [(), (1, 2, 3), (5,)]:
    try:
        dict.fromkeys(*args)
    except TypeError as e:
        print("TypeError", e)

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = Writer()
print("a", "b", file=w, flush=True)
print("c", file=w, sep="-", end="!")
old = sys.stdout
sys.stdout = w
print("to w")
print("x", "y", sep=", ")
sys.stdout = old
print(w.parts)
print("flushed", flush=True)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError", e)
sys.stdout = None
print("lost")
sys.stdout = old
print("back")
