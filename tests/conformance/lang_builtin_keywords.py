# Builtins accept only the keyword arguments CPython declares for them;
# methods of the weak containers (Python code in CPython) bind them by name.
# CPython: Argument Clinic, _PyArg_NoKeywords, Lib/weakref.py.
print(list(enumerate("ab", start=5)), sum([1], start=10))
for thunk in [lambda: {}.get("a", default=1), lambda: len([], x=1), lambda: print("x", foo=1), lambda: [].append(x=1), lambda: max(1, 2, default=0), lambda: "ab".replace("a", "b", count=1)]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)
print(sorted([3, 1], reverse=True), "a b".split(maxsplit=1), "{a}".format(a=1), min([], default=7))
import weakref
class C: pass
c = C()
d = weakref.WeakValueDictionary()
print(d.get("a", default=1), d.setdefault("k", default=c) is c, d.get(key="k") is c)
try:
    d.get("a", nope=1)
except TypeError as e:
    print(e)
