# A set of refs deduplicates refs whose live referents are equal (hash and ==
# are delegated); a ref to the same object is the same shared ref anyway.
# After the referents die, lookups still work for the stored ref objects.
# CPython: weakrefobject.c weakref_hash and weakref_richcompare.
import gc
import weakref

gc.disable()


class Name:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return isinstance(other, Name) and self.text == other.text

    def __hash__(self):
        return len(self.text)


a1 = Name("ann")
a2 = Name("ann")
b = Name("bo")
refs = set()
refs.add(weakref.ref(a1))
refs.add(weakref.ref(a2))
refs.add(weakref.ref(b))
refs.add(weakref.ref(b))
print("set size:", len(refs))
kept = [r for r in refs if r() is a1 or r() is a2]
print("the ann entry refers to a1:", kept[0]() is a1)
print("ref to a2 found:", weakref.ref(a2) in refs)
rb = weakref.ref(b)
del a1, b
print("after deaths: kept ref still in set:", kept[0] in refs, "| rb in set:", rb in refs)
print("live refs left:", len([r for r in refs if r() is not None]))
