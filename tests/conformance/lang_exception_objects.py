# Exception objects: str() and repr() of exceptions with zero, one and two
# arguments; KeyError's str quotes its key; user exception classes inherit
# and are caught through their bases; except clauses are tried in order.
# CPython: exceptions.c BaseException_str/BaseException_repr, KeyError_str.
class AppError(Exception):
    pass


class DbError(AppError):
    def __init__(self, table):
        super().__init__("bad table " + table)
        self.table = table


for e in [ValueError(), ValueError("msg"), ValueError("a", 1), KeyError("k"), KeyError(3), IndexError("i")]:
    print(type(e).__name__, "| str: [" + str(e) + "] | repr:", repr(e))
try:
    raise DbError("users")
except ValueError:
    print("not a ValueError")
except AppError as e:
    print("caught as AppError:", type(e).__name__, e, "| table:", e.table)
print("DbError is an Exception:", issubclass(DbError, Exception), isinstance(DbError("t"), BaseException))
try:
    raise AppError
except Exception as e:
    print("raised a class:", type(e).__name__, "[" + str(e) + "]")
err = RuntimeError("kept")
try:
    raise err
except RuntimeError as e:
    print("same object re-raised:", e is err)
print("err still usable:", err)
