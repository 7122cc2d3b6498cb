# pickle.dumps writes the bytes CPython's C pickler writes (protocol 4 by
# default, frames, memo gets for shared objects, STACK_GLOBAL names) for
# the common types, and loads rebuilds equal objects: ints of every
# width, floats, str, bytes, containers, nested and shared and recursive
# structures, instances with __dict__ and __slots__, namedtuples,
# collections types, builtins by name; protocols 2, 3 and 5; payloads of
# 64 KiB and more outside frames; dump/load through a file and a Pickler
# reused.
import pickle, collections, io

class Plain:
    def __init__(self, x): self.x = x
    def __eq__(self, other): return type(other) is Plain and other.__dict__ == self.__dict__

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1

Point = collections.namedtuple("Point", "x y")

values = [None, True, 255, 65536, -129, 2**31, -2**31 - 1, 2**64, 1.5,
          "abc", "é☃", b"xy", [1, 2], {"a": 1, "b": 2}, (1,), (1, 2, 3, 4),
          ("a", "a"), {1, 2}, frozenset([1]), Plain(1), Point(1, [2]),
          collections.OrderedDict(a=1), collections.deque([1], 3),
          collections.defaultdict(int, a=1), len, Plain, bytearray(b"ab"),
          range(1, 5, 2), 3 + 4j, slice(1, 2), ValueError("bad", 2)]
for v in values:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    same = back == v if not isinstance(v, ValueError) else back.args == v.args
    print(type(v).__name__, same, data)

s = pickle.loads(pickle.dumps(Slotted()))
print(s.a, hasattr(s, "b"))
inner = [1]
shared = [inner, inner, (inner,)]
data = pickle.dumps(shared)
back = pickle.loads(data)
print(data, back[0] is back[1] is back[2][0])
loop = []
loop.append(loop)
data = pickle.dumps(loop)
back = pickle.loads(data)
print(data, back[0] is back)
t = ([],)
t[0].append(t)
data = pickle.dumps(t)
back = pickle.loads(data)
print(data, back[0][0] is back)
people = [Plain("ann"), Plain("bob")]
print(pickle.dumps(people))
print(pickle.dumps([list(range(3)), "ab" * 3, {"x": None}], protocol=3))
print(pickle.dumps([Plain(2), {1, 2}, frozenset([3]), bytearray(b"q")], protocol=5))
print(pickle.dumps(Point(1, 2), protocol=2), pickle.dumps({1, 2}, protocol=2))
big = pickle.dumps([b"x" * 70000, "y" * 10, [1, 2]])
print(len(big), big[:12], big[70000:70030], big[-30:])
print(pickle.loads(big)[0] == b"x" * 70000)
f = io.BytesIO()
pickle.dump({"a": 1}, f)
pickle.dump([2], f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError:", e)
out = io.BytesIO()
p = pickle.Pickler(out)
p.dump([1])
p.dump([1])
print(out.getvalue())
u = pickle.Unpickler(io.BytesIO(out.getvalue()))
print(u.load(), u.load(), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(1, -1), pickle.dumps(True, protocol=3))
