# The small helpers of typing: cast, overload (the stub raises when called
# directly; get_overloads), final, NewType (callable returning its argument,
# repr, __supertype__, cannot be subclassed), TYPE_CHECKING, assert_never,
# no_type_check, Annotated.
import typing
from typing import TYPE_CHECKING, Annotated, NewType, assert_never, cast, final, overload

if TYPE_CHECKING:
    import nothing_at_all
print(TYPE_CHECKING, cast(int, 'x'), cast('List[int]', 3), cast(list, [1]))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(3), double('ab'), len(typing.get_overloads(double)))


@overload
def stub(x: int) -> int: ...


try:
    stub(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)


@final
class Leaf:
    @final
    def method(self):
        return 1


print(Leaf.__final__, Leaf.method.__final__)
UserId = NewType('UserId', int)
print(UserId, UserId(5), type(UserId(5)), UserId.__supertype__, UserId.__name__, UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    assert_never(3)
except AssertionError as e:
    print("AssertionError:", e)
Meters = Annotated[float, "unit: m"]
print(Meters, Meters.__metadata__, Meters.__origin__, typing.get_type_hints(lambda: 0))


@typing.no_type_check
def untyped(x: 'not a type') -> 'nope':
    return x


print(untyped(1), untyped.__no_type_check__)
