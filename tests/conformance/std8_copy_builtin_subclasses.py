# copy.copy and copy.deepcopy of subclasses of builtin types, rebuilt as
# object.__reduce_ex__(4) describes them: tuple/int/float/str subclasses
# (namedtuples too) from __getnewargs__, list and dict subclasses with
# their items appended after their __dict__, set subclasses by calling the
# class with the items; __getnewargs_ex__ keywords; memo sharing inside a
# list subclass; when the copies and the originals die.
import copy, collections

class Tracked:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"T({self.name})"
    def __del__(self): print("del", self.name)

class Bag(list):
    def __repr__(self): return f"Bag({list.__repr__(self)}, tag={self.tag!r})"

class Registry(dict):
    pass

class Tags(set):
    def __init__(self, items=()):
        print("Tags.__init__ with", sorted(items))
        super().__init__(items)

class Code(int):
    pass

class Name(str):
    def shout(self): return self.upper() + "!"

class Pair(tuple):
    @property
    def first(self): return self[0]

Point = collections.namedtuple("Point", "x y")

b = Bag([Tracked("a"), [1, 2]])
b.tag = "first"
s = copy.copy(b)
d = copy.deepcopy(b)
print(type(s).__name__, s, s[0] is b[0], s.tag)
print(type(d).__name__, d, d[0] is b[0], d[1] == b[1], d[1] is b[1])
shared = Tracked("shared")
twice = Bag([shared, shared])
twice.tag = None
dd = copy.deepcopy(twice)
print(dd[0] is dd[1], dd[0] is shared)
del dd
print("deep copy of twice gone")
r = Registry(k=Tracked("v"))
r.owner = "me"
for f in (copy.copy, copy.deepcopy):
    c = f(r)
    print(type(c).__name__, c, c.owner, c["k"] is r["k"])
    del c
print("registry copies gone")
t = Tags([3, 1, 2])
t.label = "L"
for f in (copy.copy, copy.deepcopy):
    c = f(t)
    print(type(c).__name__, sorted(c), c.label)
for value in (Code(7), Name("bob"), Pair((1, [2])), Point([1], 2), 2.5):
    c = copy.copy(value)
    dc = copy.deepcopy(value)
    print(type(c).__name__, c, type(dc).__name__, dc, c is value)
print(copy.deepcopy(Name("x")).shout(), copy.copy(Pair((9, 8))).first)
p = Point([1], [2])
dp = copy.deepcopy(p)
print(dp, dp.x is p.x, copy.copy(p).x is p.x)

class Kw:
    def __new__(cls, *, size):
        print("Kw.__new__ size", size)
        self = super().__new__(cls)
        self.size = size
        return self
    def __getnewargs_ex__(self):
        return (), {"size": self.size}

k = copy.deepcopy(Kw(size=[3]))
print(k.size)

class BadArgs:
    def __getnewargs__(self): return [1]

try:
    copy.copy(BadArgs())
except TypeError as e:
    print("TypeError:", e)

class BadEx:
    def __getnewargs_ex__(self): return ((), {}, 1)

try:
    copy.deepcopy(BadEx())
except ValueError as e:
    print("ValueError:", e)

def gen():
    yield 1

for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as e:
        print("TypeError:", e)
print(copy.copy(slice(1, 2)), copy.deepcopy(slice(1, [2])))
del b, s, d, twice, shared
print("end")
