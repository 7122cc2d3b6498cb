# Memoising per-object results in a WeakKeyDictionary: entries leaving with their
# keys, a cycle, a value that refers to its key (a leak), and errors.
import weakref, gc

class Doc:
    def __init__(self, title):
        self.title = title
    def __repr__(self):
        return f"Doc({self.title!r})"
    def __del__(self):
        print(f"del {self!r}")

_stats = weakref.WeakKeyDictionary()
def word_count(doc):
    try:
        return _stats[doc]
    except KeyError:
        print(f"  computing for {doc.title}")
        n = len(doc.title.split())
        _stats[doc] = n
        return n

d1 = Doc("a tale of two cities")
d2 = Doc("moby dick")
print(word_count(d1), word_count(d1), word_count(d2))
print(len(_stats), sorted(repr(k) for k in _stats))
del d1
print(len(_stats))
d2.loop = d2
del d2
print(len(_stats))
print(gc.collect())
print(len(_stats))
d3 = Doc("x")
_stats[d3] = [d3]
del d3
print("value refers to key: leak", len(_stats))
gc.collect()
print("still", len(_stats))
_stats.clear()
print("cleared")
try:
    _stats["str"] = 1
except TypeError as e:
    print("TypeError:", e)
k = Doc("k")
wk = weakref.WeakKeyDictionary({k: 1})
print(wk.get(k), k in wk, wk.pop(k), len(wk))
print(list(wk.keyrefs()))
