"""An inventory simulation with enum, dataclass, sorting, formatting and error handling."""
from __future__ import annotations
import enum
import json
import logging
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from collections import defaultdict
from operator import attrgetter, itemgetter
from itertools import groupby


logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("warehouse")


class Category(enum.Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"

    def __str__(self):
        return self.value.title()


class StockError(Exception):
    pass


@dataclass
class Item:
    sku: str
    name: str
    category: Category
    qty: int = 0
    price: float = 0.0
    expires: date | None = None
    history: list[tuple[str, int]] = field(default_factory=list, repr=False)

    @property
    def value(self) -> float:
        return self.qty * self.price

    def move(self, delta: int, reason: str) -> None:
        if self.qty + delta < 0:
            raise StockError(f"{self.sku}: cannot remove {-delta}, only {self.qty} left")
        self.qty += delta
        self.history.append((reason, delta))


class Warehouse:
    def __init__(self):
        self.items: dict[str, Item] = {}

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            raise KeyError(item.sku)
        self.items[item.sku] = item
        log.info("added %s (%s)", item.sku, item.name)

    def __getitem__(self, sku):
        return self.items[sku]

    def expiring(self, today: date, days: int):
        limit = today + timedelta(days=days)
        return sorted((i for i in self.items.values() if i.expires and i.expires <= limit),
                      key=attrgetter("expires"))

    def report(self):
        rows = sorted(self.items.values(), key=lambda i: (i.category.value, -i.value))
        total = 0.0
        for cat, group in groupby(rows, key=attrgetter("category")):
            group = list(group)
            sub = sum(i.value for i in group)
            total += sub
            print(f"{str(cat):<6} {len(group):>2} items  {sub:>10,.2f}")
            for i in group:
                print(f"    {i.sku:<6} {i.name:<14} {i.qty:>5} x {i.price:>7.2f} = {i.value:>9,.2f}")
        print(f"{'TOTAL':<16} {total:>12,.2f}")


wh = Warehouse()
today = date(2024, 6, 1)
for sku, name, cat, qty, price, exp in [
    ("T1", "hammer", Category.TOOLS, 12, 9.5, None),
    ("T2", "screwdriver", Category.TOOLS, 40, 3.25, None),
    ("F1", "milk", Category.FOOD, 30, 0.99, today + timedelta(days=3)),
    ("F2", "cheese", Category.FOOD, 8, 4.5, today + timedelta(days=20)),
    ("F3", "bread", Category.FOOD, 15, 1.8, today + timedelta(days=1)),
    ("Y1", "yo-yo", Category.TOYS, 100, 1.0, None),
]:
    wh.add(Item(sku, name, cat, qty, price, exp))
try:
    wh.add(Item("T1", "dup", Category.TOOLS))
except KeyError as e:
    log.warning("duplicate sku %s", e)
orders = [("T1", -5), ("F1", -31), ("Y1", -60), ("X9", -1), ("F3", +10), ("Y1", -50)]
for sku, delta in orders:
    try:
        wh[sku].move(delta, "order" if delta < 0 else "restock")
    except StockError as e:
        log.error("%s", e)
    except KeyError as e:
        log.error("unknown sku %s", e.args[0])
wh.report()
print("expiring:", [(i.name, i.expires.isoformat()) for i in wh.expiring(today, 5)])
by_reason = defaultdict(int)
for item in wh.items.values():
    for reason, d in item.history:
        by_reason[reason] += abs(d)
print(dict(sorted(by_reason.items(), key=itemgetter(1), reverse=True)))
snapshot = json.dumps({s: {"qty": i.qty, "cat": i.category.value} for s, i in wh.items.items()}, sort_keys=True)
print(snapshot)
print(Category("food"), Category["TOYS"].value, list(Category), Category.FOOD in Category)
print(wh["T1"])
log.debug("not shown")
logging.getLogger("warehouse.audit").warning("child logger propagates")
