from collections import Counter, defaultdict, namedtuple, OrderedDict, deque, ChainMap

Item = namedtuple("Item", "sku name price qty", defaults=[0])
stock = [
    Item("A1", "widget", 2.5, 10), Item("B2", "gadget", 10.0, 3),
    Item("C3", "doohickey", 0.75), Item("D4", "gizmo", 7.25, 12),
]
print(stock[0], stock[2].qty, Item._fields, Item._field_defaults)
print(stock[1]._asdict(), stock[1]._replace(qty=0))
sku, name, *rest = stock[3]
print(sku, name, rest)

orders = ["widget", "gizmo", "widget", "gadget", "widget", "gizmo", "thing"]
c = Counter(orders)
print(c, c.most_common(2), c["nothing"], sum(c.values()), c.total())
c2 = Counter(widget=1, gizmo=5, extra=2)
print(c + c2, c - c2, c & c2, c | c2, sep="\n")
c.subtract(["widget"] * 5)
print(c, +c, -c)
print(sorted(Counter("mississippi").elements()), Counter("hello world").most_common(3))

by_price = defaultdict(list)
for it in stock:
    band = "cheap" if it.price < 5 else "dear"
    by_price[band].append(it.name)
print(dict(by_price), by_price["missing"], len(by_price))
nested = defaultdict(lambda: defaultdict(int))
for o in orders:
    nested[o[0]][o] += 1
print({k: dict(v) for k, v in nested.items()})

od = OrderedDict()
for it in stock:
    od[it.sku] = it.qty
od.move_to_end("A1")
od.move_to_end("D4", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od))

recent = deque(maxlen=3)
for o in orders:
    recent.append(o)
print(recent, recent.maxlen)
recent.rotate(1); recent.appendleft("x")
print(recent, recent.count("gizmo"), recent.index("x"))

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.new_child({"color": "blue"})["color"])
value = sum(it.price * it.qty for it in stock)
print(f"stock value: {value:,.2f}")
report = Counter({it.name: it.qty for it in stock})
for name, q in report.most_common():
    print(f"{name:>10} {'#' * q}")
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p._make([5, 6]), p + (3,), Point(*p), p.x * p.y, repr(Point), isinstance(p, tuple))
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(e)
