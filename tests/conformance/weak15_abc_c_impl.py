# abc's ABCMeta over _abc (Modules/_abc.c), as in python3: each ABC holds
# one _abc_data object (_abc_impl) whose registry and caches are sets of
# weak references made at their first entry; a registered class that dies
# leaves its registry (the weakref's callback discards the entry); what an
# isinstance() check allocates and what gc.collect() finds of a dead ABC
# pair are python3's.
import abc
import collections
import collections.abc as cabc
import gc


def warm():
    # Refill the free lists gc.collect() empties, so counts show survivors.
    junk = [[i] for i in range(30)] + [(i,) for i in range(30)] + [(i, i) for i in range(30)]
    junk += [(i, i, i) for i in range(30)] + [{i: i} for i in range(30)]
    del junk


def delta(label, fn):
    gc.collect()
    warm()
    a = gc.get_count()
    r = fn()
    b = gc.get_count()
    print(label, b[0] - a[0], r)


class Base(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Base):
    def area(self):
        return 4


print(type(Base._abc_impl).__name__, type(Base._abc_impl).__module__)
print(sorted(Base.__abstractmethods__), sorted(Square.__abstractmethods__))
print(Base._abc_impl is Square._abc_impl)
try:
    Base()
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(3, Base)
except TypeError as e:
    print('TypeError:', e)
try:
    Base.register(3)
except TypeError as e:
    print('TypeError:', e)
try:
    Square.register(Base)
except RuntimeError as e:
    print('RuntimeError:', e)

delta('isinstance first', lambda: isinstance(Square(), Base))
delta('isinstance again', lambda: isinstance(Square(), Base))
delta('issubclass(int) first', lambda: issubclass(int, Base))
delta('issubclass(int) again', lambda: issubclass(int, Base))
delta('register(float)', lambda: Base.register(float) is float)
delta('issubclass(float)', lambda: issubclass(float, Base))
delta('Counter first', lambda: len(collections.Counter([1, 2, 1])))
delta('Counter again', lambda: len(collections.Counter([1, 2, 1])))
delta('isinstance(list, Mapping)', lambda: isinstance([], cabc.Mapping))
print([c.__name__ for c in cabc.MutableMapping.__subclasses__()])


def virtual():
    class Temp:
        pass
    Base.register(Temp)
    return issubclass(Temp, Base), len(Base._abc_registry_clear.__self__.__subclasses__())


print('virtual', virtual())
gc.collect()
registry, cache, negative, version = abc._get_dump(Base)
print('registry after the class died', sorted(r().__name__ for r in registry if r() is not None))
print('cache', sorted(r().__name__ for r in cache if r() is not None))
print('negative', sorted(r().__name__ for r in negative if r() is not None))
Base._abc_caches_clear()
print('cleared', [len(s) for s in abc._get_dump(Base)[:3]])


def pair():
    class P(abc.ABC):
        pass

    class Q(P):
        pass
    return isinstance(Q(), P)


gc.collect()
print('pair', pair())
print('dead ABC pair collected', gc.collect())
