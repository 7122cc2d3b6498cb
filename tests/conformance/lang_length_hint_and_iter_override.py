# list(), tuple(), sorted(), [*x], (*x,), f(*x), list.extend, += and bytes() ask a user iterable for its length after taking its iterator (__len__, else __length_hint__, with CPython's errors); set() and unpacking do not; list and tuple subclasses that override __iter__ are iterated through it by every consumer.
class Bag:
    def __init__(self, items): self.items = items
    def __iter__(self):
        print("iter"); return iter(self.items)
    def __len__(self):
        print("len"); return len(self.items)
class Hinted:
    def __iter__(self):
        print("iter2"); return iter([1, 2])
    def __length_hint__(self):
        print("hint"); return 2
b = Bag([3, 1, 2])
print(list(b)); print(tuple(b)); print(sorted(b)); print([*b]); print((*b,))
l = [0]; l.extend(b); l += b; print(l)
print(", ".join(map(str, b)))
print("-".join(Bag(["a", "b"])))
print(set(b), dict.fromkeys(b), frozenset(b) == set(b))
print(list(Hinted()), tuple(Hinted()))
class BadLen(Bag):
    def __len__(self): return -1
try:
    list(BadLen([1]))
except ValueError as e:
    print("ValueError", e)
class StrLen(Bag):
    def __len__(self): return "x"
print(list(StrLen([1])))
class BadHint:
    def __iter__(self): return iter([])
    def __length_hint__(self): return "x"
try:
    list(BadHint())
except TypeError as e:
    print("TypeError", e)
class NegHint(BadHint):
    def __length_hint__(self): return -1
try:
    tuple(NegHint())
except ValueError as e:
    print("ValueError", e)
class NIHint(BadHint):
    def __length_hint__(self): return NotImplemented
print(list(NIHint()))
class TErr(BadHint):
    def __length_hint__(self): raise TypeError("no")
print(list(TErr()))
class L(list):
    def __len__(self):
        print("L len"); return super().__len__()
print(list(L([1, 2])), tuple(L([3])))
class T(tuple): pass
print(T(Bag([9])))
def f(*a): return a
print(f(*Bag([1, 2])), f(0, *Bag([3])), {*Bag([4])}, [*Bag([5]), *Bag([6])])
a, b = Bag([7, 8]); print(a, b)
print(" ".join(Bag(["x", "y"])), bytes(Bag([65])), bytearray(Bag([66])))
print(min(Bag([3, 1])), sum(Bag([1, 2])), any(Bag([0])), sorted(Bag([2, 1]), key=lambda v: -v))
print(list(map(str, Bag([1]))), list(zip(Bag([1]), Bag([2]))), dict(zip(Bag(["k"]), [1])))
class Rev(list):
    def __iter__(self):
        print("Rev.__iter__")
        return reversed(list.__iter__(self)) if False else iter(list(super().__iter__())[::-1])
r = Rev([1, 2, 3])
print(list(r)); print(tuple(r)); print(set(r)); print(sorted(r, reverse=True)); print([*r]); print(sum(r)); print(max(r))
print(", ".join(map(str, r))); a, b, c = r; print(a, b, c); print(dict.fromkeys(r)); print(frozenset(r) == {1,2,3})
for x in r: print(x, end=" ")
print()
print(any(r), all(r), min(r), list(zip(r, r)), list(enumerate(r)), [x for x in r])
class TRev(tuple):
    def __iter__(self):
        print("TRev.__iter__"); return iter(tuple(super().__iter__())[::-1])
t = TRev((1, 2))
print(list(t), tuple(t), [*t])
x, y = t; print(x, y)
