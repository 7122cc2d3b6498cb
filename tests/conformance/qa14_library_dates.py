# An ordinary program (qa14 sweep): a library loan system with custom
# exceptions and datetime/date/timedelta arithmetic and formatting; an
# unknown member is uncaught at the end.
from datetime import date, timedelta, datetime
class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.loaned_to = None
        self.due = None
    def __repr__(self):
        return f"<Book {self.title!r} by {self.author}>"
    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn
    def __hash__(self):
        return hash(self.isbn)
class LibraryError(Exception): pass
class NotAvailable(LibraryError): pass
class Library:
    LOAN_DAYS = 14
    def __init__(self):
        self.books = {}
        self.members = set()
    def add(self, *books):
        for b in books:
            self.books.setdefault(b.isbn, b)
    def checkout(self, isbn, member, today):
        if member not in self.members:
            raise LibraryError(f"unknown member {member}")
        book = self.books.get(isbn)
        if book is None:
            raise KeyError(isbn)
        if book.loaned_to:
            raise NotAvailable(f"{book.title} is loaned to {book.loaned_to} until {book.due:%b %d, %Y}")
        book.loaned_to, book.due = member, today + timedelta(days=self.LOAN_DAYS)
        return book.due
    def overdue(self, today):
        return sorted((b for b in self.books.values() if b.due and b.due < today), key=lambda b: b.due)
    def fines(self, today, per_day=0.25):
        return {b.loaned_to: (today - b.due).days * per_day for b in self.overdue(today)}
lib = Library()
lib.members |= {"ann", "bo"}
lib.add(Book("1", "Dune", "Herbert"), Book("2", "Emma", "Austen"), Book("1", "Dup", "X"), Book("3", "Ulysses", "Joyce"))
print(lib.books, len({Book("1", "", ""), Book("1", "a", "b")}))
d0 = date(2024, 2, 20)
print(lib.checkout("1", "ann", d0), lib.checkout("3", "bo", d0 + timedelta(days=3)))
for isbn, who in [("1", "bo"), ("9", "bo"), ("2", "zed")]:
    try:
        lib.checkout(isbn, who, d0)
    except NotAvailable as e:
        print("not available:", e)
    except LibraryError as e:
        print("library error:", e)
    except KeyError as e:
        print("no such book", e)
today = date(2024, 3, 20)
print(lib.overdue(today), lib.fines(today))
print(d0.isoformat(), d0.strftime("%A %d %B %Y, week %W, day %j"), d0.weekday(), d0.isocalendar(), (today - d0).days, d0.replace(day=29) if d0.year % 4 == 0 else None)
dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt + timedelta(hours=12), dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"), dt.timestamp() if False else "")
print(timedelta(days=1, seconds=3661), timedelta(hours=-1), timedelta(weeks=2) / timedelta(days=1), repr(timedelta(minutes=90)), str(timedelta(microseconds=5)))
print(datetime.strptime("2023-12-25 08:15", "%Y-%m-%d %H:%M"), date.fromisoformat("2024-01-31") + timedelta(days=30), max(date(2020, 1, 1), date(2019, 12, 31)))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
lib.checkout("2", "nobody", d0)
