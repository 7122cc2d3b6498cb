# Operators and comparisons between classes go to their metaclass's
# methods (functools.total_ordering on a metaclass sorts classes), != with
# only __eq__ inverts it, and the error messages name the metaclass.
import functools


@functools.total_ordering
class Ranked(type):
    def __lt__(cls, other):
        if not isinstance(other, Ranked):
            return NotImplemented
        return cls.rank < other.rank

    def __eq__(cls, other):
        if not isinstance(other, Ranked):
            return NotImplemented
        return cls.rank == other.rank

    __hash__ = type.__hash__

    def __add__(cls, other):
        if not isinstance(other, Ranked):
            return NotImplemented
        return type(f'{cls.__name__}_{other.__name__}', (cls, other), {'rank': cls.rank + other.rank})

    def __rmul__(cls, n):
        return [cls] * n


class Low(metaclass=Ranked):
    rank = 1


class High(metaclass=Ranked):
    rank = 5


class AlsoLow(metaclass=Ranked):
    rank = 1


print(Low < High, Low > High, Low <= AlsoLow, High >= Low, Low == AlsoLow, Low != AlsoLow, Low != High)
print([c.__name__ for c in sorted([High, Low, AlsoLow])], max(Low, High).__name__)
both = Low + High
print(both.__name__, both.rank, type(both).__name__, [c.__name__ for c in 2 * Low])
print(len({Low, AlsoLow, High}))


class Plain:
    pass


for expr in (lambda: Low < Plain, lambda: Low + 1, lambda: Plain < Plain, lambda: 1 - High, lambda: -Low):
    try:
        expr()
    except TypeError as e:
        print('TypeError:', e)


class EqOnly(type):
    def __eq__(cls, other):
        return cls.__name__[0] == other.__name__[0]

    __hash__ = type.__hash__


class Apple(metaclass=EqOnly):
    pass


class Avocado(metaclass=EqOnly):
    pass


class Banana(metaclass=EqOnly):
    pass


print(Apple == Avocado, Apple != Avocado, Apple != Banana, Apple == Banana)
