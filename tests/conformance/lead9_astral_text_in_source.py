# 💩 in a comment, 🐍 too
import weakref
class Pile:
    """A 💩 pile 🎉."""
    def __init__(self, label):
        self.label = label
    def __repr__(self):
        return f"Pile({self.label!r})"
    def __del__(self):
        print(f"💀 {self.label}")

p = Pile("💩💩")
r = weakref.ref(p, lambda ref: print("callback 📣", ref() is None))
s = "naïve 💩 café 🐍 ok 😀"
print(s, len(s), s[6], s[-4:], s.upper(), s.encode("utf-8"))
print(repr(s), ascii(s), [ord(c) for c in "💩🐍"])
print(f"{s:>30}|", f"{'💩':*^7}", "%-8s|" % "💩x")
print(sorted(["🐍", "💩", "a", "é"]), "💩" in s, s.find("🐍"), s.split(" "))
print(Pile.__doc__, p)
d = {"💩": 1, "🐍": 2}
print(d, list(d))
b = "💩".encode()
print(b, b.decode(), len(b), bytes([0xf0, 0x9f, 0x92, 0xa9]).decode())
print("\U0001F4A9", "\N{PILE OF POO}")
del p
print("end")
