# typing.TypedDict: class syntax (inheritance, total=False, Required and
# NotRequired), call syntax; instances are plain dicts; __annotations__,
# __total__, __required_keys__, __optional_keys__; isinstance refused.
from typing import List, NotRequired, Required, TypedDict, is_typeddict


class Movie(TypedDict):
    name: str
    year: int


class Movie2(Movie, total=False):
    rating: float
    tags: Required[List[str]]


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), type(m) is dict, Movie.__annotations__, Movie.__total__)
print(Movie2.__total__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__))
print(Movie2(name='y', year=2, rating=1.0, tags=[]), Movie.__name__, Movie2.__annotations__)
TD = TypedDict('TD', {'a': int, 'b': str})
print(TD(a=1, b='x'), TD.__annotations__, TD.__total__)


class Config(TypedDict, total=False):
    debug: bool
    level: NotRequired[int]
    name: Required[str]


print(sorted(Config.__required_keys__), sorted(Config.__optional_keys__), Config(name="c"))
print(is_typeddict(Movie), is_typeddict(dict), is_typeddict(m))
for f in (lambda: isinstance({}, Movie), lambda: issubclass(dict, Movie)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
try:
    class Bad(Movie, dict):
        pass
except TypeError as e:
    print("TypeError:", e)
