"""A bank ledger with decimal, dataclasses and JSON round trips."""
import json
from dataclasses import dataclass, field, asdict, astuple, replace
from decimal import Decimal, ROUND_HALF_UP, getcontext, InvalidOperation
from datetime import date, timedelta
from enum import Enum
from typing import List, Optional


class Kind(Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    FEE = "fee"
    INTEREST = "interest"


CENT = Decimal("0.01")


@dataclass(frozen=True)
class Entry:
    day: date
    kind: Kind
    amount: Decimal
    memo: str = ""

    def signed(self):
        return self.amount if self.kind in (Kind.DEPOSIT, Kind.INTEREST) else -self.amount


@dataclass
class Account:
    owner: str
    number: str
    entries: List[Entry] = field(default_factory=list)
    overdraft: Decimal = Decimal("0")
    closed_on: Optional[date] = None

    @property
    def balance(self):
        return sum((e.signed() for e in self.entries), Decimal("0"))

    def post(self, entry):
        if self.closed_on:
            raise ValueError(f"account {self.number} closed")
        if entry.amount <= 0:
            raise ValueError(f"amount must be positive: {entry.amount}")
        if entry.signed() < 0 and self.balance + entry.signed() < -self.overdraft:
            raise ValueError(f"insufficient funds: balance {self.balance}, need {entry.amount}")
        self.entries.append(entry)


class LedgerEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return {"$dec": str(o)}
        if isinstance(o, date):
            return {"$date": o.isoformat()}
        if isinstance(o, Enum):
            return {"$enum": o.value}
        return super().default(o)


def decode_hook(d):
    if "$dec" in d:
        return Decimal(d["$dec"])
    if "$date" in d:
        return date.fromisoformat(d["$date"])
    if "$enum" in d:
        return Kind(d["$enum"])
    return d


def account_from_dict(d):
    d = dict(d)
    d["entries"] = [Entry(**e) for e in d["entries"]]
    return Account(**d)


acct = Account("Ada", "ACC-001", overdraft=Decimal("50"))
start = date(2024, 1, 1)
ops = [
    (0, Kind.DEPOSIT, "1000.00", "salary"),
    (3, Kind.WITHDRAW, "250.455", "rent"),
    (5, Kind.FEE, "2.5", "card"),
    (9, Kind.WITHDRAW, "800", "car"),
    (10, Kind.WITHDRAW, "-5", "oops"),
    (12, Kind.DEPOSIT, "12.345", "refund"),
]
for off, kind, amt, memo in ops:
    e = Entry(start + timedelta(days=off), kind, Decimal(amt).quantize(CENT, ROUND_HALF_UP), memo)
    try:
        acct.post(e)
        print(f"{e.day} {e.kind.name:<8} {e.amount:>9} -> {acct.balance:>9}")
    except ValueError as err:
        print(f"{e.day} rejected: {err}")
rate = Decimal("0.0125")
interest = (acct.balance * rate / 12).quantize(CENT, ROUND_HALF_UP)
acct.post(Entry(start + timedelta(days=30), Kind.INTEREST, interest, "monthly"))
print("balance:", acct.balance, "interest:", interest)
text = json.dumps(asdict(acct), cls=LedgerEncoder, indent=1)
print("json lines:", len(text.splitlines()))
back = account_from_dict(json.loads(text, object_hook=decode_hook))
print("round trip equal:", back == acct, back.balance)
print("first entry:", astuple(back.entries[0]))
closed = replace(back, closed_on=date(2024, 3, 1))
try:
    closed.post(Entry(date(2024, 3, 2), Kind.DEPOSIT, Decimal(1)))
except ValueError as err:
    print("closed:", err)
try:
    back.entries[0].amount = Decimal(0)
except Exception as err:
    print(type(err).__name__, err)
getcontext().prec = 6
print("prec 6:", Decimal(1) / Decimal(7), Decimal("123456789") + 0)
try:
    Decimal("abc")
except InvalidOperation as err:
    print("invalid:", type(err).__name__)
print(sorted({e.kind for e in acct.entries}, key=lambda k: k.value))
print(json.dumps({"a": Decimal("1.10")}, cls=LedgerEncoder))
