# pprint of recursive structures (<Recursion on ...>), dataclasses (fields
# one per line when too wide), namedtuples, OrderedDict/defaultdict/Counter/
# deque reprs, bytes, and PrettyPrinter objects reused.
import collections
import pprint
from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


root = Node("root", [Node("child-%d" % i, meta={"depth": 1, "index": i}) for i in range(3)])
pprint.pprint(root)
pprint.pprint(Node("leaf"))
loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).startswith("[1, 2, <Recursion on list with id="))

d = {"self": None}
d["self"] = d
print(pprint.pformat(d).startswith("{'self': <Recursion on dict"))
Point = collections.namedtuple("Point", "x y")
pprint.pprint([Point(1, 2)] * 4, width=30)
pprint.pprint(collections.OrderedDict((str(i), i * i) for i in range(8)), width=40)
dd = collections.defaultdict(list)
for i in range(8):
    dd["key%d" % (i % 3)].append(i)
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter("mississippi"), width=30)
pprint.pprint(collections.deque(range(30), maxlen=25), width=40)
pprint.pprint([b"bytes" * 10, bytearray(b"ab")], width=40)
pp = pprint.PrettyPrinter(indent=2, width=30, sort_dicts=False)
pp.pprint({"z": 1, "a": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]})
print(pp.pformat(["x" * 10] * 4))
print(dict.__repr__ is dict.__repr__, list.__repr__ is list.__repr__)
