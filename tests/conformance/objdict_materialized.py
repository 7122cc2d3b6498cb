# obj.__dict__ is a real dict (type(obj.__dict__) is dict), the same object
# at each read, shared with the instance (writes either way are seen), and
# holding it does not keep the instance alive: the dict holds the values,
# so they outlive the instance until the dict goes too.
import gc


class Token:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Box:
    def __init__(self):
        self.first = Token("first")
        self.second = Token("second")

    def __del__(self):
        print("del box")


b = Box()
d = b.__dict__
print(type(d) is dict, type(vars(b)) is dict, d is b.__dict__, vars(b) is d, sorted(d))
d["third"] = 3
b.fourth = 4
print(b.third, list(d), len(d), "fourth" in d, isinstance(d, dict))
del b
print("box deleted, dict still holds", [type(v).__name__ for v in d.values()])
del d
print("dict deleted")
c = Box()
c.__dict__.clear()
print("cleared", c.__dict__)
c.__dict__.update(x=1)
print(c.x, c.__dict__ == {"x": 1}, c.__dict__.copy())
del c


class Slotted:
    __slots__ = ("a", "__dict__")


s = Slotted()
s.a = 1
s.b = Token("in dict")
print(type(s.__dict__) is dict, s.__dict__.keys())
del s
e = ValueError("boom")
e.detail = "x"
print(type(e.__dict__) is dict, e.__dict__)
gc.collect()
print("end")
