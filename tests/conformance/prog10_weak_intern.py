"""A weakref-based memo/intern table."""
import weakref
import gc


class Symbol:
    __slots__ = ("name", "__weakref__")

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Symbol({self.name})"

    def __del__(self):
        print(f"  symbol {self.name} released")


class InternTable:
    def __init__(self):
        self._table = weakref.WeakValueDictionary()
        self.hits = 0
        self.misses = 0

    def intern(self, name):
        sym = self._table.get(name)
        if sym is None:
            self.misses += 1
            sym = Symbol(name)
            self._table[name] = sym
        else:
            self.hits += 1
        return sym

    def __len__(self):
        return len(self._table)

    def names(self):
        return sorted(self._table.keys())


table = InternTable()
a1 = table.intern("alpha")
a2 = table.intern("alpha")
b = table.intern("beta")
print(a1 is a2, len(table), table.names())
print("hits", table.hits, "misses", table.misses)

del a1
print("after del a1:", table.names())
del a2
print("after del a2:", table.names())

tmp = [table.intern(n) for n in "x y z x y".split()]
print(len(tmp), len(table), table.names())
tmp = tmp[:2]
print("kept two:", table.names())
tmp = None
print("dropped:", table.names())


# memo with weak keys: results keyed by the argument object
class Doc:
    def __init__(self, text):
        self.text = text

    def __del__(self):
        print(f"  doc {self.text[:5]!r} freed")


memo = weakref.WeakKeyDictionary()


def word_count(doc):
    if doc in memo:
        print("  memo hit")
        return memo[doc]
    n = len(doc.text.split())
    memo[doc] = n
    return n


d1 = Doc("the quick brown fox")
d2 = Doc("jumps over")
print(word_count(d1), word_count(d1), word_count(d2))
print("memo size", len(memo))
del d1
print("memo size", len(memo))


# a cycle keeps a value alive until collection
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("  node", self.name, "finalized")


cache = weakref.WeakValueDictionary()
n1 = Node("n1")
n2 = Node("n2")
n1.peer, n2.peer = n2, n1
cache["n1"] = n1
cache["n2"] = n2
del n1, n2
print("cycle alive:", sorted(cache))
gc.collect()
print("after collect:", sorted(cache))

r = weakref.ref(b, lambda ref: print("  callback: beta ref died", ref() is None))
print(r() is b)
del b
print("done", len(table))
