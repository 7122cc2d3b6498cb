from __future__ import annotations
from dataclasses import dataclass, field, asdict, replace, astuple, fields
from enum import Enum, auto
from typing import Optional, List, Dict, ClassVar

class Genre(Enum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()
    POETRY = auto()

@dataclass(order=True, frozen=True)
class Book:
    sort_key: tuple = field(init=False, repr=False, compare=True)
    title: str = field(compare=False)
    author: str = field(compare=False)
    year: int = field(compare=False)
    genre: Genre = field(compare=False, default=Genre.FICTION)
    tags: tuple = field(compare=False, default=())

    def __post_init__(self):
        object.__setattr__(self, "sort_key", (self.author.split()[-1], self.year))

@dataclass
class Member:
    name: str
    borrowed: List[Book] = field(default_factory=list)
    limit: ClassVar[int] = 2
    def borrow(self, book: Book) -> bool:
        if len(self.borrowed) >= self.limit:
            return False
        self.borrowed.append(book)
        return True

@dataclass
class Catalogue:
    books: Dict[str, Book] = field(default_factory=dict)
    loans: Dict[str, Optional[str]] = field(default_factory=dict)
    def add(self, *books: Book) -> None:
        for b in books:
            self.books[b.title] = b
            self.loans[b.title] = None
    def lend(self, title: str, member: Member) -> str:
        if title not in self.books:
            return f"no such book: {title}"
        if self.loans[title]:
            return f"{title} is out (with {self.loans[title]})"
        if not member.borrow(self.books[title]):
            return f"{member.name} has reached the limit of {member.limit}"
        self.loans[title] = member.name
        return f"{member.name} borrowed {title}"
    def by_genre(self):
        out = {}
        for b in sorted(self.books.values()):
            out.setdefault(b.genre.name.title(), []).append(b.title)
        return out

cat = Catalogue()
cat.add(
    Book("Dune", "Frank Herbert", 1965, tags=("space", "desert")),
    Book("Cosmos", "Carl Sagan", 1980, Genre.SCIENCE),
    Book("SPQR", "Mary Beard", 2015, Genre.HISTORY),
    Book("Ariel", "Sylvia Plath", 1965, Genre.POETRY),
    Book("Contact", "Carl Sagan", 1985),
    Book("Emma", "Jane Austen", 1815),
)
for b in sorted(cat.books.values()):
    print(f"{b.author:<15} {b.year} {b.title:<8} {b.genre}")
print(cat.by_genre())
ann, bo = Member("Ann"), Member("Bo")
for t, m in [("Dune", ann), ("Dune", bo), ("Cosmos", ann), ("Emma", ann), ("Nope", bo), ("Emma", bo)]:
    print(cat.lend(t, m))
print(ann)
b = cat.books["Dune"]
print(b)
print(asdict(b))
print(astuple(cat.books["SPQR"]))
print(replace(b, year=2021) < b, [f.name for f in fields(Book)])
try:
    b.year = 1
except Exception as e:
    print(type(e).__name__, e)
print(hash(b) == hash(replace(b)), b == replace(b), b is replace(b))
print(Genre.SCIENCE, repr(Genre.SCIENCE), Genre["POETRY"].value, list(Genre)[-1], len(Genre))
print(Book.__annotations__)
print(max(cat.books.values()).title, min(cat.books.values()).title)
print(sorted(cat.books.values(), key=lambda b: (-b.year, b.title))[0].title)
