# A ref hashed while alive keeps its hash, so it still works as a dict key
# or set member after death (matched by identity); a fresh ref to an equal
# live object finds a live entry through the referent's __eq__.
# CPython: weakrefobject.c weakref_hash (cached), weakref_richcompare.
import gc
import weakref

gc.disable()


class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Tag) and self.name == other.name

    def __hash__(self):
        return len(self.name)


x = Tag("x")
y = Tag("yy")
rx = weakref.ref(x)
ry = weakref.ref(y)
table = {rx: "rx entry", ry: "ry entry"}
members = set([rx, ry])
twin = Tag("yy")
print("lookup via ref to an equal twin:", table[weakref.ref(twin)])
del x
print("x died; table[rx]:", table[rx], "| rx in members:", rx in members)
other = Tag("x")
print("a ref to a new equal object matches the dead entry:", weakref.ref(other) in table)
print("hash(rx) still works:", hash(rx))
dead = weakref.ref(Tag("zzz"))
try:
    table[dead] = "never"
except TypeError as e:
    print("unhashed dead ref as key:", e)
print("keys alive:", [r() is not None for r in table])
