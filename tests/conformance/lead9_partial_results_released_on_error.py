import collections, itertools, functools, heapq

class Item:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return sum(map(ord, self.name))
    def __eq__(self, other):
        return isinstance(other, Item) and other.name == self.name
    def __lt__(self, other):
        return self.name < other.name
    def __index__(self):
        return 7
    def __str__(self):
        return self.name
    def __del__(self):
        print("  del", self.name)

def failing(tag, n=2):
    for i in range(n):
        yield Item(f"{tag}{i}")
    raise ValueError(tag)

cases = {
    "list": lambda: list(failing("L")),
    "tuple": lambda: tuple(failing("T")),
    "set": lambda: set(failing("S")),
    "frozenset": lambda: frozenset(failing("F")),
    "dict": lambda: dict((x, x) for x in failing("D")),
    "dict.fromkeys": lambda: dict.fromkeys(failing("K")),
    "sorted": lambda: sorted(failing("O")),
    "join": lambda: "-".join(str(x) for x in failing("J")),
    "extend": lambda: [].extend(failing("E")),
    "listcomp": lambda: [x for x in failing("C")],
    "setcomp": lambda: {x for x in failing("SC")},
    "dictcomp": lambda: {x: 1 for x in failing("DC")},
    "min": lambda: min(failing("MIN")),
    "sum": lambda: sum((1 for x in failing("SUM"))),
    "deque": lambda: collections.deque(failing("Q")),
    "deque-maxlen": lambda: collections.deque(failing("QM", 3), maxlen=2),
    "Counter": lambda: collections.Counter(failing("CT")),
    "zip": lambda: list(zip(failing("Z"), itertools.count())),
    "enumerate": lambda: list(enumerate(failing("EN"))),
    "map": lambda: list(map(lambda x: x, failing("MP"))),
    "filter": lambda: list(filter(None, failing("FI"))),
    "reversed-list": lambda: list(reversed(list(failing("RL")))),
    "chain": lambda: list(itertools.chain(failing("CH"))),
    "islice": lambda: list(itertools.islice(failing("IS", 3), 5)),
    "bytes": lambda: bytes(failing("B")),
    "bytearray": lambda: bytearray(failing("BA")),
    "unpack": lambda: (lambda *a: a)(*failing("UP")),
    "starred-list": lambda: [*failing("SL")],
    "any": lambda: any(x is None for x in failing("AN")),
    "str.join list": lambda: ",".join([str(x) for x in failing("JL")]),
}
for name, f in cases.items():
    print(name)
    try:
        f()
    except ValueError as e:
        print("  ValueError", e)
    print("  after")
print("end")
