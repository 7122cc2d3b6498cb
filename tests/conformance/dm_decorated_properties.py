# Ordinary property code with decorators: @property with @x.setter and
# @x.deleter (validation, derived values, read-only attributes), the
# property names in 3.11's AttributeErrors, @staticmethod/@classmethod
# alternative constructors used through subclasses, and a property whose
# getter raises AttributeError falling back to __getattr__.
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    @property
    def balance(self):
        """The balance in cents."""
        return self._balance
    @balance.setter
    def balance(self, value):
        if not isinstance(value, int):
            raise TypeError(f"balance must be an int, not {type(value).__name__}")
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value
    @balance.deleter
    def balance(self):
        print("closing account of", self.owner)
        del self._balance
    @property
    def owner_upper(self):
        return self.owner.upper()
    @staticmethod
    def cents(amount):
        return round(amount * 100)
    @classmethod
    def from_euros(cls, owner, euros):
        return cls(owner, cls.cents(euros))
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"

class Savings(Account):
    interest = 0.05
    @property
    def yearly(self):
        return int(self.balance * self.interest)

a = Account.from_euros("ann", 12.5)
s = Savings.from_euros("bob", 100)
print(a, s, s.yearly, a.owner_upper)
print(type(Account.__dict__["cents"]).__name__, Account.cents(1.234))
for bad in ("10", -5):
    try:
        a.balance = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    a.owner_upper = "X"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.yearly
except AttributeError as e:
    print("AttributeError:", e)
del a.balance
try:
    print(a.balance)
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(vars(s)))

class Lazy:
    def __init__(self):
        self.loaded = {}
    @property
    def config(self):
        raise AttributeError("config not loaded")
    def __getattr__(self, name):
        return f"<fallback for {name}>"
print(Lazy().config, Lazy().other)

class Celsius:
    __slots__ = ("_degrees",)
    def __init__(self, d):
        self.degrees = d
    @property
    def degrees(self):
        return self._degrees
    @degrees.setter
    def degrees(self, d):
        self._degrees = float(d)
c = Celsius(3)
print(c.degrees, type(Celsius._degrees).__name__)
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError:", e)
