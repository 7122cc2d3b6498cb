# sys.getsizeof of deques (blocks of 64 items counted from where the first
# item sits in its block, which appends, pops, rotations, inserts and
# deletions move as deque's C code does) and OrderedDicts (the dict, a
# fast-node table per keys slot and a node per item).
import sys
from collections import deque, OrderedDict


def size(o):
    return sys.getsizeof(o)


d = deque()
growth = [size(d)]
for i in range(200):
    d.append(i)
    growth.append(size(d))
print("append", growth[::7])
for i in range(150):
    d.popleft()
print("popleft", size(d), len(d))
for i in range(100):
    d.appendleft(i)
print("appendleft", size(d))
while d:
    d.pop()
print("emptied", size(d))
print("from range", size(deque(range(10))), size(deque(range(100))))
d = deque(range(100))
d.rotate(37)
r1 = size(d)
d.rotate(-80)
print("rotate", r1, size(d))
d.insert(5, "x")
d.insert(-3, "y")
d.insert(0, "z")
print("insert", size(d))
del d[10]
d.remove("x")
print("delete", size(d))
d.clear()
print("clear", size(d))
d.extendleft(range(70))
print("extendleft", size(d))
one = deque([1])
print("copies", size(one), size(one.copy()), size(one * 70), size(one + one))
d = deque(range(5))
d *= 30
print("imul", size(d))
d = deque(maxlen=10)
for i in range(100):
    d.append(i)
print("bounded", size(d))
for i in range(100):
    d.appendleft(i)
print("bounded left", size(d))
d = deque([], 3)
d.extend(range(200))
print("bounded extend", size(d))


class Queue(deque):
    pass


print("subclass", size(Queue()), size(Queue(range(100))))
print("__sizeof__", deque().__sizeof__())

o = OrderedDict()
growth = [size(o)]
for i in range(30):
    o[i] = i
    growth.append(size(o))
print("odict", growth)
o.popitem()
o.move_to_end(3)
del o[4]
print("odict after pops", size(o))
o.clear()
print("odict cleared", size(o))
print(size(OrderedDict(a=1)), size(OrderedDict.fromkeys("abcdefgh")), OrderedDict(a=1).__sizeof__())


class Ordered(OrderedDict):
    pass


print("odict subclass", size(Ordered()), size(Ordered(a=1)))

# Where the first item sits decides when a new block is needed.
d = deque(range(60))
d.rotate(-20)
a = size(d)
d.rotate(25)
print("rotate near a block end", a, size(d))
d = deque(range(62))
d.insert(40, "m")
b = size(d)
del d[2]
d.insert(1, "n")
print("insert and delete near a block end", b, size(d))
d = deque(range(63))
d.popleft()
d.append(0)
d.append(1)
print("popleft then append", size(d))
