# sys.getsizeof of instance __dict__s: a split table over the class's shared
# keys (the values array: shared_keys_usable_size pointers), which every new
# instance and every new key shrinks; combined once the keys are full, a
# non-str key goes in, popitem or clear.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print("one instance", sys.getsizeof(p.__dict__), sys.getsizeof(vars(p)))
q = Point(3, 4)
print("two instances", sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__))
many = [Point(i, i) for i in range(50)]
print("after 52 instances", sys.getsizeof(p.__dict__))
print("copy stays split", sys.getsizeof(p.__dict__.copy()))


class Wide:
    pass


w = Wide()
sizes = []
for i in range(34):
    setattr(w, "attr%d" % i, i)
    sizes.append(sys.getsizeof(w.__dict__))
print("growing", sizes)
w2 = Wide()
print("second wide", sys.getsizeof(w2.__dict__))
w2.new_name = 1
print("key beyond the shared ones", sys.getsizeof(w2.__dict__))
w2.attr0 = 0
print("then a shared one", sys.getsizeof(w2.__dict__), list(vars(w2)))


class Bag:
    pass


b = Bag()
b.a = 1
b.b = 2
del b.a
print("after del", sys.getsizeof(b.__dict__))
b.__dict__[1] = "one"
print("non-str key", sys.getsizeof(b.__dict__))
c = Bag()
c.x = 1
c.y = 2
c.__dict__.popitem()
print("popitem", sys.getsizeof(c.__dict__))
d = Bag()
d.x = 1
d.__dict__.clear()
print("clear", sys.getsizeof(d.__dict__))
d.y = 2
print("after clear", sys.getsizeof(d.__dict__))
e = Bag()
e.__dict__.update({"a": 1, "b": 2})
print("update into empty", sys.getsizeof(e.__dict__))


class Err(Exception):
    pass


err = Err()
err.note = "x"
print("exception dict", sys.getsizeof(err.__dict__))


def f():
    pass


f.tag = 1
print("function dict", sys.getsizeof(f.__dict__))
print("class mappingproxy", sys.getsizeof(Bag.__dict__))


class Slotted:
    __slots__ = ("x", "y")


class Plain:
    pass


s = Slotted()
s.x, s.y = 1, 2
pl = Plain()
pl.x, pl.y = 1, 2
print("slots vs dict", sys.getsizeof(s), sys.getsizeof(pl) + sys.getsizeof(pl.__dict__))
