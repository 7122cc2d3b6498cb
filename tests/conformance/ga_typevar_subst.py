# Type variables in generic aliases: __parameters__ lists them once, in
# order; subscripting substitutes them (dict[str, T][int]), nested aliases
# and unions included; the wrong number of arguments and aliases without
# type variables are TypeErrors with CPython's messages.
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

print(list[T], list[T].__parameters__, dict[K, V].__parameters__, dict[T, T].__parameters__)
print(dict[str, T][int], dict[K, V][str, int], dict[T, T][bytes])
print(dict[K, list[V]].__parameters__, dict[K, list[V]][str, float])
print(list[T] | None, (list[T] | None).__parameters__, (int | list[T])[str])
Pair = tuple[T, T]
print(Pair[int], Pair[str] == tuple[str, str])
for alias, arg in ((list[int], int), (list[T], (int, str)), (dict[K, V], int), (int | str, int)):
    try:
        alias[arg]
    except TypeError as e:
        print("TypeError:", e)
