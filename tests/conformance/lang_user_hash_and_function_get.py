# A user __hash__ returning an int that fits Py_ssize_t is the hash itself
# (slot_tp_hash), so hash(obj) == hash(field_tuple) for the usual recipe and
# for dataclasses' generated __hash__; a wider int is hashed again.
# function.__get__ binds a function to an object (func_descr_get).
from dataclasses import dataclass

class Key:
    def __init__(self, *parts):
        self.parts = parts
    def __hash__(self):
        return hash(self.parts)
    def __eq__(self, other):
        return self.parts == other.parts

k = Key("a", 1)
print(hash(k) == hash(("a", 1)), hash(Key(2, 3)) == hash((2, 3)))

class Big:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

for h in (0, -1, 2**61 - 1, 2**61, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**100, -(2**70)):
    print(h, hash(Big(h)))

@dataclass(frozen=True)
class Point:
    x: int
    y: int

print(hash(Point(1, 2)) == hash((1, 2)), {Point(1, 2): "p"}[Point(1, 2)])

def describe(self, suffix="!"):
    return f"{type(self).__name__}:{self.parts}{suffix}"

bound = describe.__get__(k)
print(bound(), bound.__self__ is k, bound.__func__ is describe, type(bound).__name__)
print(describe.__get__(None, Key) is describe, describe.__get__(k, Key)("?"))
try:
    describe.__get__()
except TypeError as e:
    print("TypeError", e)
try:
    describe.__get__(None, None)
except TypeError as e:
    print("TypeError", e)
try:
    describe.__get__(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
Key.describe = describe
print(k.describe(), Key.__dict__["describe"].__get__(k)())
