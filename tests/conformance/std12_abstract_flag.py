# A class is abstract when its __abstractmethods__ is set to a true value
# (Py_TPFLAGS_IS_ABSTRACT): object.__new__ refuses it, whatever the
# metaclass, and abc.update_abstractmethods / a manual assignment turn the
# flag on and off; a builtin base's constructor does not look at it.
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def name(self):
        ...


for call in (lambda: Shape(), lambda: object.__new__(Shape)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


try:
    Square(2)
except TypeError as e:
    print('TypeError:', e)


class Unit(Square):
    def name(self):
        return 'unit'


print(Unit(3).area(), Unit(3).name(), sorted(Square.__abstractmethods__), Unit.__abstractmethods__)

# Filling the method in afterwards: update_abstractmethods clears the flag.
Square.name = lambda self: 'square'
abc.update_abstractmethods(Square)
print(Square.__abstractmethods__, Square(4).name())


# A plain class made abstract by hand, and back.
class Plain:
    pass


Plain.__abstractmethods__ = frozenset({'z', 'a'})
try:
    Plain()
except TypeError as e:
    print('TypeError:', e)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
Plain.__abstractmethods__ = ['only']
try:
    Plain()
except TypeError as e:
    print('TypeError:', e)
del Plain.__abstractmethods__
print(type(Plain()).__name__)


# A class whose own __new__ makes the instance through object.__new__.
class Tricky(abc.ABC):
    def __new__(cls, *args):
        return super().__new__(cls)

    @abc.abstractmethod
    def go(self):
        ...


try:
    Tricky()
except TypeError as e:
    print('TypeError:', e)


# A builtin base constructs regardless (its tp_new is not object_new).
class Bag(list, abc.ABC):
    @abc.abstractmethod
    def weigh(self):
        ...


print(Bag([1, 2]), Bag.__abstractmethods__)
