# TypeVar: reprs (~T, +T covariant, -T contravariant), constraints and
# bound, the errors of a bad declaration, substitution into typing aliases
# and builtin generic aliases, unions with a TypeVar, AnyStr.
from typing import AnyStr, Dict, List, TypeVar, Union
import typing

T = TypeVar('T')
S = TypeVar('S', int, str)
B = TypeVar('B', bound=float)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, S, B, Co, Contra, AnyStr, T.__name__, S.__constraints__, B.__bound__, T.__bound__)
print(Co.__covariant__, Contra.__contravariant__, T.__covariant__, type(T).__name__)
print(List[T], List[T][int], Dict[str, T][int], Dict[T, List[T]][bytes], List[T].__parameters__)
print(Union[int, T], Union[int, T][str], T | None, None | T, int | T, list[T] | T)
print(dict[T, S].__parameters__, dict[T, S][int, str])
for expr in ["TypeVar('X', int)", "TypeVar('X', int, bound=int)", "TypeVar('X', covariant=True, contravariant=True)",
             "List[T][int, str]", "List[int][str]", "isinstance(3, T)"]:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, ValueError) as e:
        print(expr, type(e).__name__ + ":", e)


def first(items: List[T]) -> T:
    return items[0]


print(first([3, 4]), first.__annotations__)
