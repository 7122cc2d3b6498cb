# __eq__ and __hash__: a class defining __eq__ without __hash__ becomes
# unhashable; with both, equal objects collapse in sets and dict keys (the
# first key object is kept, the value is replaced); != uses the inverse of
# __eq__ unless __ne__ is defined; default == is identity.
# CPython: typeobject.c type_new (__hash__ = None when only __eq__),
#   object_richcompare.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return self.cents


class NoHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


class Odd:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return True


class Plain:
    pass


a = Money(100)
b = Money(100)
print("a == b:", a == b, "| a is b:", a is b, "| a != b:", a != b, "| a == 100:", a == 100)
prices = {a: "first"}
prices[b] = "second"
print("dict keeps one entry:", len(prices), "| value:", prices[a], "| key is a:", list(prices.keys())[0] is a)
print("set size:", len(set([a, b, Money(5)])))
print("NoHash equality:", NoHash(1) == NoHash(1))
try:
    hash(NoHash(1))
except TypeError as e:
    print("TypeError:", e)
try:
    s = {NoHash(1)}
except TypeError as e:
    print("in a set:", e)
o = Odd()
print("Odd: ==", o == 1, "| !=", o != 1)
p = Plain()
print("Plain: p == p", p == p, "| p == Plain()", p == Plain(), "| p.__eq__(p):", p.__eq__(p), "| p.__eq__(1):", p.__eq__(1))
print("Money in list uses __eq__:", Money(100) in [Money(1), Money(100)])
