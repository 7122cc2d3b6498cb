# Classes as containers through their metaclass (an enum-like metaclass
# with __iter__, __len__, __contains__, __bool__ and __call__ looked up on
# the metaclass), and __format__ reached by f-string specs, format() and
# str.format, with object.__format__ refusing a non-empty spec.
class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_")}
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = members
        return cls
    def __iter__(cls):
        return iter(cls._members.items())
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, v):
        return v in cls._members.values()
    def __bool__(cls):
        return True
    def __call__(cls, value):
        for k, v in cls._members.items():
            if v == value:
                return k
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __eq__(cls, other):
        return cls is other
    def __hash__(cls):
        return id(cls)
    def __lt__(cls, other):
        return cls.__name__ < other.__name__
    def __or__(cls, other):
        return (cls, other)

class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
class Shape(metaclass=EnumMeta):
    SQUARE = 4

print(list(Color), len(Color), 2 in Color, 5 in Color, Color(1), bool(Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
print(reversed(list(Color)).__class__.__name__, dict(Color))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return f"${self.cents // 100}"
        return format(self.cents / 100, spec)
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:>10.1f}", format(m, ",.2f"), "{:short}".format(m), f"{m!r:>12}")
class Plain:
    pass
try:
    f"{Plain():>10}"
except TypeError as e:
    print("TypeError:", e)
p = Plain()
print(f"{Plain.__name__:*^10}", format(p, "") == str(p))
