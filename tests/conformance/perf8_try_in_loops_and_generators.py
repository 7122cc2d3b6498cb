# Exceptions raised and caught many times in loops of ordinary code
# (dict lookups, int conversion, a user iterator's StopIteration, a
# validation method), a try statement without a yield inside a generator
# (compiled there too), and an uncaught exception's traceback from inside
# a compiled try.
import sys
import traceback


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient: {amount} > {self.balance}")
        self.balance -= amount
        return self.balance


def run():
    a = Account(10)
    failures = 0
    for amount in [3, 4, 5, 1, 9]:
        try:
            a.withdraw(amount)
        except ValueError as e:
            failures += 1
            last = str(e)
    return a.balance, failures, last


print(run())


def parse_all(words):
    out = []
    for w in words:
        try:
            out.append(int(w))
        except ValueError:
            out.append(None)
        else:
            out[-1] *= 2
    return out


print(parse_all(["1", "x", "30", "", "-4"]))


def counts(words):
    d = {}
    for w in words:
        try:
            d[w] += 1
        except KeyError:
            d[w] = 1
    return d


print(counts("a b a c b a".split()))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def drain(it):
    got = []
    while True:
        try:
            got.append(next(it))
        except StopIteration:
            return got


print(drain(Countdown(4)))


def gen_with_try(values):
    for v in values:
        try:
            r = 100 // v
        except ZeroDivisionError:
            r = None
        finally:
            pass
        yield r


print(list(gen_with_try([5, 0, 20])))


def deep(n):
    if n == 0:
        try:
            return {}["k"]
        finally:
            print("finally at the bottom")
    return deep(n - 1)


def outer():
    try:
        deep(2)
    except IndexError:
        print("not this one")


try:
    outer()
except KeyError:
    for entry in traceback.extract_tb(sys.exc_info()[2]):
        print(entry.lineno, entry.name, entry.line)
    print(traceback.format_exception_only(*sys.exc_info()[:2])[-1], end="")
print("end")
