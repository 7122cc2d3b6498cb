# Protocol classes: structural isinstance for @runtime_checkable protocols
# (methods and data members), the TypeError for non-runtime protocols and
# for issubclass with data members, Protocols cannot be instantiated but
# their explicit subclasses can, generic protocols, SupportsInt & co.
from typing import Protocol, SupportsFloat, SupportsIndex, SupportsInt, TypeVar, runtime_checkable


class Closable(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Shape(Protocol):
    size: int

    def area(self) -> float:
        ...


@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int:
        ...


class Square:
    size = 3

    def area(self):
        return 9.0


class File:
    def close(self):
        print("file closed")


print(Closable.__mro__, Shape._is_protocol, Closable._is_runtime_protocol, Shape._is_runtime_protocol)
print(isinstance(Square(), Shape), isinstance(File(), Shape), isinstance([], HasLen), isinstance(3, HasLen))
print(issubclass(list, HasLen), issubclass(int, HasLen))
for f in (lambda: isinstance(File(), Closable), lambda: Closable(), lambda: issubclass(Square, Shape),
          lambda: runtime_checkable(Square)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class ExplicitFile(Closable):
    def close(self):
        print("explicit close")


ExplicitFile().close()
print(ExplicitFile.__mro__)

T = TypeVar('T')


class SupportsGet(Protocol[T]):
    def get(self) -> T:
        ...


print(SupportsGet[int], SupportsGet.__parameters__)
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(2.5, SupportsFloat), isinstance(4, SupportsIndex))
try:
    class Mixed(Protocol, Square):
        pass
except TypeError as e:
    print("TypeError:", e)
