# round(), reversed(), format() and f-strings bind the special method before
# calling it (_PyObject_LookupSpecial): one more reference to the object
# during the call; a list subclass's own __reversed__ is used by reversed().
import sys
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        print("__format__ sees", sys.getrefcount(self), repr(spec))
        return f"{self.cents / 100:{spec or '.2f'}}"
    def __round__(self, n=None):
        print("__round__ sees", sys.getrefcount(self))
        return Money(round(self.cents, -2))
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(1234)
print(format(m), format(m, ".1f"), f"{m}", f"{m:>8.3f}|")
print(round(m), round(m, 1))
class Playlist:
    def __init__(self, songs): self.songs = songs
    def __reversed__(self):
        print("__reversed__ sees", sys.getrefcount(self))
        return iter(self.songs[::-1])
    def __len__(self): return len(self.songs)
    def __getitem__(self, i): return self.songs[i]
print(list(reversed(Playlist(["a", "b", "c"]))))
class Backwards(list):
    def __reversed__(self):
        print("Backwards.__reversed__")
        return iter(["custom"])
print(list(reversed(Backwards([1, 2]))), list(reversed([1, 2])), list(reversed((3, 4))))
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
print(list(reversed(Seq())))
