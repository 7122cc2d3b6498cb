# Exceptions leaving nested compiled blocks (if/while/for bodies inside
# functions and methods) reach the right handler, finally block, frame and
# traceback, with iterators and handler names released in CPython's order.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name, "exc_info:", sys.exc_info()[0])


class Iter:
    def __init__(self, n, name):
        self.i = 0
        self.n = n
        self.name = name

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        return self.i

    def __del__(self):
        print("  iterator", self.name, "freed")


def deep(kind, i):
    for j in Iter(3, "inner-%d" % i):
        if j == 2:
            while True:
                if kind == 0:
                    raise ValueError(i)
                elif kind == 1:
                    return {}[i]
                elif kind == 2:
                    t = Tracked("local")
                    raise TypeError("t%d" % i)
                break
    return "done"


def handlers():
    for i in range(3):
        try:
            if i >= 0:
                for k in Iter(1, "outer-%d" % i):
                    print(deep(i, i))
        except ValueError as e:
            print("ValueError", e, "line", e.__traceback__.tb_next.tb_lineno)
        except KeyError as e:
            print("KeyError", e)
        except TypeError as e:
            print("TypeError", e, "frames", len(list_tb(e.__traceback__)))
        else:
            print("else")
        finally:
            print("finally", i, sys.exc_info()[0])


def list_tb(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


handlers()


def finally_overrides(mode):
    for i in range(2):
        try:
            if i == 1:
                while True:
                    raise OSError("pending")
        finally:
            if i == 1:
                print("finally with", sys.exc_info()[0].__name__)
                if mode == "return":
                    return "returned"
                if mode == "break":
                    break
                if mode == "raise":
                    raise RuntimeError("new") from None
    return "after loop"


print(finally_overrides("return"))
print(finally_overrides("break"))
try:
    finally_overrides("raise")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)


def handler_raises():
    try:
        try:
            if True:
                raise KeyError("first")
        except KeyError as first:
            for i in range(1):
                if i == 0:
                    raise LookupError("second")
    except LookupError as e:
        print(repr(e), "context", repr(e.__context__))
    print("name bound after handler:", "first" in dir())


handler_raises()


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > 0:
            if amount > self.balance:
                raise ArithmeticError("%d > %d" % (amount, self.balance))
        self.balance -= amount
        return self.balance


def use(a):
    fails = 0
    for amount in (5, 50, 3, 40):
        try:
            a.withdraw(amount)
        except ArithmeticError as e:
            fails += 1
            print("refused", e)
    return fails, a.balance


print(use(Account(20)))


def gen(n):
    for i in range(n):
        if i == 2:
            while True:
                raise ZeroDivisionError("in generator")
        yield i


try:
    for v in gen(5):
        print("gen", v)
except ZeroDivisionError as e:
    print("caught", e, list_tb(e.__traceback__))


def no_handler_matches():
    try:
        for i in range(3):
            if i == 1:
                raise IndexError(i)
    except KeyError:
        print("wrong")


def caller():
    x = Tracked("caller-local")
    no_handler_matches()


try:
    caller()
except IndexError as e:
    print("IndexError", e, list_tb(e.__traceback__))


def uncaught():
    for i in Iter(2, "last"):
        if i == 2:
            if True:
                raise ValueError("uncaught from nested blocks")


uncaught()
