import weakref

class Bag(list):
    def __del__(self):
        print("Bag del", len(self))

class D(dict):
    def __del__(self):
        print("D del")

b = Bag([1, 2])
it = iter(b)
del b
print(next(it), next(it))
print("exhausting list iterator")
print(next(it, "done"))
print("after exhaustion")
d = D(a=1)
kit = iter(d)
del d
print(list(kit))
print("dict iterator exhausted")
b2 = Bag([1])
m = map(str, b2)
z = zip(b2, "ab")
del b2
print(list(m), list(z))
print("map/zip exhausted but still hold their iterators")
del m
print("map dropped")
del z
print("end")
