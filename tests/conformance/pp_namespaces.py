# pprint layouts chosen by the type's __repr__: SimpleNamespace, ChainMap,
# UserDict/UserList, dataclasses (repr=False fields left out, a custom
# __repr__ keeps the plain repr, nested and self-referencing dataclasses),
# subclasses of dict/list that keep or override the base repr.
import collections
import pprint
import types
from dataclasses import dataclass, field


@dataclass
class Config:
    name: str
    options: dict = field(default_factory=dict)
    secret: str = field(default="hidden", repr=False)
    parent: "Config | None" = None


@dataclass
class Custom:
    values: list

    def __repr__(self):
        return "Custom(<%d values>)" % len(self.values)


class MyDict(dict):
    pass


class LoudList(list):
    def __repr__(self):
        return "LoudList!" + list.__repr__(self)


base = Config("base", {"level": 3, "paths": ["/usr/lib/python3", "/opt/lib", "/home/user/lib"]})
child = Config("child", {"level": 4}, parent=base)
pprint.pprint(child)
pprint.pprint(child, width=120)
loop = Config("loop")
loop.parent = loop
pprint.pprint(loop, width=20)
pprint.pprint(Custom(list(range(50))), width=30)
pprint.pprint({"configs": [base, child]}, width=70)
ns = types.SimpleNamespace(alpha=list(range(10)), beta={"x": 1, "y": [2] * 10}, gamma="text")
pprint.pprint(ns, width=40)
cm = collections.ChainMap({"a": 1, "b": list(range(12))}, {"c": 3})
pprint.pprint(cm, width=40)
ud = collections.UserDict({"k%d" % i: i for i in range(10)})
pprint.pprint(ud, width=40)
ul = collections.UserList(range(30))
pprint.pprint(ul, width=40)
pprint.pprint(MyDict({"k%d" % i: [i] * 3 for i in range(6)}), width=40)
pprint.pprint(LoudList(range(30)), width=40)
pprint.pprint(collections.Counter(), width=10)
pprint.pprint(collections.deque(range(20)), width=30)
