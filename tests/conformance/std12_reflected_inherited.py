# A binary operator between a class and its subclass: the subclass's
# reflected method goes first only when the subclass overrides it
# (method_is_overloaded); an inherited one waits for the left operand's
# method. ChainMap's | keeps the left operand's type that way.
from collections import ChainMap


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __add__(self, other):
        return f'{type(self).__name__}.__add__'

    def __radd__(self, other):
        return f'{type(self).__name__}.__radd__'

    def __or__(self, other):
        return NotImplemented

    def __ror__(self, other):
        return f'{type(self).__name__}.__ror__'


class Inherits(Vec):
    pass


class Overrides(Vec):
    def __radd__(self, other):
        return 'Overrides.__radd__'


print(Vec() + Inherits(), Vec() + Overrides(), Inherits() + Vec())
print(Vec() | Inherits(), Inherits() | Vec())


class Sub(ChainMap):
    pass


class SubRor(ChainMap):
    def __ror__(self, other):
        return super().__ror__(other)


for left, right in [(ChainMap(), Sub()), (Sub(), ChainMap()), (ChainMap(), SubRor()), ({'a': 1}, Sub({'b': 2}))]:
    r = left | right
    print(type(left).__name__, '|', type(right).__name__, '->', type(r).__name__, [dict(m) for m in r.maps])
