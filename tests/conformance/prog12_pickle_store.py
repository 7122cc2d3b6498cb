"""An object store with pickle: __getstate__/__setstate__, __reduce__, copy, weakref'd caches."""
import pickle
import copy
import io
import weakref
import gc
from datetime import datetime
from collections import OrderedDict, deque


class Connection:
    """Not picklable state is dropped and rebuilt."""

    def __init__(self, url):
        self.url = url
        self.socket = object()
        self.opened = 1

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = None
        self.opened += 1

    def __repr__(self):
        return f"Connection({self.url!r}, opened={self.opened}, socket={'yes' if self.socket else 'no'})"


class Color:
    _cache = weakref.WeakValueDictionary()

    def __new__(cls, name):
        try:
            return cls._cache[name]
        except KeyError:
            obj = super().__new__(cls)
            obj.name = name
            cls._cache[name] = obj
            return obj

    def __reduce__(self):
        return (Color, (self.name,))

    def __repr__(self):
        return f"Color({self.name})"


class Graph:
    def __init__(self):
        self.nodes = {}

    def link(self, a, b):
        self.nodes.setdefault(a, []).append(b)
        self.nodes.setdefault(b, [])

    def __deepcopy__(self, memo):
        print("  (custom deepcopy)")
        g = Graph()
        memo[id(self)] = g
        g.nodes = copy.deepcopy(self.nodes, memo)
        return g


class Node:
    def __init__(self, name):
        self.name = name
        self.peers = []

    def __repr__(self):
        return f"Node({self.name}, peers={[p.name for p in self.peers]})"


conn = Connection("db://local")
blob = pickle.dumps(conn)
back = pickle.loads(blob)
print(conn, back, back.__class__ is Connection)
red = Color("red")
print(pickle.loads(pickle.dumps(red)) is red, len(Color._cache))
a, b = Node("a"), Node("b")
a.peers.append(b); b.peers.append(a)
data = {"when": datetime(2024, 1, 2, 3, 4, 5), "nodes": [a, b], "q": deque([1, 2], maxlen=3),
        "od": OrderedDict(x=1), "set": frozenset({1}), "bytes": b"\x00", "big": 2 ** 80, "t": (1, [2])}
for proto in (3, 4, pickle.HIGHEST_PROTOCOL):
    s = pickle.dumps(data, protocol=proto)
    r = pickle.loads(s)
    print(proto, r["nodes"], r["nodes"][0].peers[0] is r["nodes"][1], r["q"], r["when"], r["big"])
buf = io.BytesIO()
p = pickle.Pickler(buf)
p.dump([1, 2]); p.dump("second")
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at 0x")[0])
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
g = Graph(); g.link("x", "y"); g.link("y", "x")
g2 = copy.deepcopy(g)
print(g2.nodes, g2 is not g, g2.nodes["x"] is not g.nodes["x"])
shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow["nodes"] is data["nodes"], deep["nodes"][0] is not a, deep["nodes"][0].peers[0] is deep["nodes"][1])
del red
gc.collect()
print("cache after del:", list(Color._cache))
print(pickle.dumps((1, "a", None), protocol=0))
print(len(pickle.dumps(list(range(100)))), pickletools_available := False)
