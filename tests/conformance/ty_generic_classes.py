# Generic[T] as a base: __parameters__, __orig_bases__, the MRO (Generic
# after the class), Box[int] and calling it (instances get __orig_class__),
# subclassing a parameterized generic, several type variables, and the
# errors for plain Generic, repeated Generic[...] and unlisted variables.
from typing import Dict, Generic, Iterator, List, TypeVar, get_args, get_origin

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self):
        return f"Box({self.item!r})"


print(Box, Box[int], Box.__parameters__, Box.__orig_bases__, Box.__mro__)
b = Box[int](3)
print(b, b.item, b.__orig_class__, type(b), b.__orig_class__.__origin__ is Box)
plain = Box("x")
print(plain.get(), hasattr(plain, '__orig_class__'))


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


print(Pair[str, int], Pair[str, int].__args__, Pair[str, int].__origin__, Pair[str, List[int]])
p = Pair[str, int]("a", 1)
print(p.key, p.value, p.__orig_class__)


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__, IntBox(5).get())


class Both(Box[T], Pair[T, V]):
    pass


print(Both.__parameters__, Both[int, str])


class Registry(Dict[str, T]):
    pass


r = Registry[int]()
r["a"] = 1
print(Registry.__parameters__, Registry[int], r, type(r).__name__, Registry.__mro__)


class Countdown(Iterator[int]):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), Countdown.__mro__[:2])
print(get_origin(Box[int]), get_args(Box[int]), Box[int] == Box[int], Box[int] == Box[str])
print(isinstance(b, Box))
for expr in ["Box[int, str]", "IntBox[int]", "Pair[int]", "isinstance(b, Box[int])"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
for src in ["class Bad(Generic): pass", "class Bad(Generic[T], Generic[K]): pass",
            "class Bad(Box[T], Generic[K]): pass", "class Bad(Generic[int]): pass",
            "class Bad(Generic[T, T]): pass"]:
    try:
        exec(src)
    except TypeError as e:
        print("TypeError:", e)
