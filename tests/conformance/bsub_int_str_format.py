# int/float/str/tuple/bytes subclasses: __new__, arithmetic results of the base
# type, format() of an int subclass with a __str__ (empty spec is str(self)),
# '%d' of an int subclass, abs() and divmod() of int subclasses.
class Celsius(float):
    def __new__(cls, v):
        print("Celsius.__new__", v)
        return super().__new__(cls, v)
    def __repr__(self):
        return f"{float(self):.1f}°C"
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)

t = Celsius(21.5)
print(t, repr(t), str(t), t.to_f(), type(t + 1).__name__)
print(f"{t:.3f}", f"{t}", f"{t!r}")

class Flags(int):
    def __new__(cls, value, names=()):
        obj = super().__new__(cls, value)
        obj.names = names
        return obj
    def __str__(self):
        return "|".join(self.names) or "0"

f = Flags(5, ("A", "C"))
print(f, int(f), f + 1, type(f + 1).__name__, f.names, repr(f), f == 5, hash(f) == hash(5))
print(f"{f}", f"{f:04d}", "%d" % f, "%s" % f, [f])

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, repr(u), u.shout(), type(u.shout()).__name__, type(u.lower()).__name__, u == "HELLO")
print(len(u), u[1:3], type(u[1:3]).__name__, "ELL" in u, {u: 1}["HELLO"])
print(f"{u:>8}|", u.split("L"), u.join(["a", "b"]))

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def __repr__(self): return f"Pair{tuple.__repr__(self)}"
p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2))
a, b = p
print(a, b, sorted([Pair(2, 1), Pair(1, 5)]))

class B(bytes):
    def hex_upper(self): return self.hex().upper()
print(B(b"\x01\xff").hex_upper(), B(b"ab"), type(B(b"ab")[0:1]).__name__)
class MyInt(int): pass
print(MyInt(7) // 2, -MyInt(3), abs(MyInt(-3)), type(-MyInt(3)).__name__, MyInt("12", 8), bool(MyInt(0)))
print(True + MyInt(1), MyInt(2) ** 10, divmod(MyInt(7), 2))
