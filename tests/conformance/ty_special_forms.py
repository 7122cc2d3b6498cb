# typing's special forms and their reprs: Optional, Union (flattened,
# deduplicated, Optional when two args include None), ClassVar, Final,
# Literal (deduplicated by value and type), Any, NoReturn, Never, Self,
# TypeAlias; equality and hashing of unions; what cannot be done with them.
from typing import Any, ClassVar, Final, Literal, NoReturn, Optional, Union
import typing

print(Optional[int], Union[int, str], Union[int, str, None], Union[None, int])
print(Union[int], Union[int, int], Union[int, Optional[str]], Union[Union[int, str], bytes])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(hash(Union[int, str]) == hash(Union[str, int]), Union[int, str] == (int | str))
print(ClassVar[int], Final[str], Literal['a', 1], Literal[1, 2, 1], Literal[True, 1])
print(Literal[1] == Literal[1], Literal['x'] == Literal['y'])
print(Any, NoReturn, typing.Never, typing.Self, typing.TypeAlias, typing.LiteralString)
print(type(Optional[int]).__name__, type(Union).__name__, type(Any).__name__)
print(Optional[int].__args__, Union[int, str].__origin__, ClassVar[int].__origin__)
for expr in ["Union[()]", "Optional[int, str]", "ClassVar[int, str]", "Union()", "Any()",
             "Optional[int]()", "isinstance(1, Any)", "isinstance(1, Union)",
             "issubclass(int, Optional)", "NoReturn[int]", "Final[int, str]"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
try:
    class Sub(Union):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, Optional[int]), isinstance("x", Optional[int]), isinstance(None, Union[int, None]))
print(issubclass(bool, Union[int, str]))
