# Builtin iterators copy and reduce as CPython 3.11's (listiter_reduce,
# rangeiter_reduce, dictiter_reduce, ...), and a builtin type without
# tp_new cannot be instantiated.
import copy

it = iter([1, 2, 3])
next(it)
c = copy.copy(it)
print(list(c), list(it))
print(it.__reduce__()[1:], iter("héllo").__reduce__()[1:], iter((1, 2)).__reduce__()[1:])
print(iter(b"ab").__reduce__()[1:])
done = iter([1])
list(done)
print(done.__reduce__()[1:], iter(()).__reduce__()[1:])

t = iter("abcdef")
next(t); next(t)
t2 = copy.copy(t)
print(next(t2), next(t))
t2.__setstate__(-5)
print(next(t2), "".join(t2))
t.__setstate__(100)
print(list(t))

r = iter(range(10, 20, 3))
next(r)
print(r.__reduce__()[1:])
r2 = copy.copy(r)
print(list(r2), list(r))
r3 = iter(range(5))
r3.__setstate__(3)
print(list(r3))
print(iter(range(2**70, 2**70 + 3)).__reduce__()[1:])

d = {"a": 1, "b": 2, "c": 3}
di = iter(d.items())
next(di)
print(di.__reduce__()[1:], iter(d.values()).__reduce__()[1:], reversed(d).__reduce__()[1:])
print(list(copy.copy(di)), list(di))
s = iter({5})
print(s.__reduce__()[1:], list(copy.copy(s)), list(s), s.__reduce__()[1:])

class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
g = iter(Seq())
next(g)
print(list(copy.copy(g)))

for t in [type(iter([])), type(iter(range(1))), type({}.keys()), type(iter({})), type(reversed([]))]:
    try:
        t()
    except TypeError as e:
        print(e)
    try:
        object.__new__(t)
    except TypeError as e:
        print(e)
try:
    copy.copy(iter(memoryview(b"ab")))
except TypeError as e:
    print(e)
print(type(None)(), type(NotImplemented)())
try:
    type(None)(1)
except TypeError as e:
    print(e)
