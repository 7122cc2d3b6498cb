# assert raises AssertionError (with or without a message); raise accepts an
# exception class or instance, anything else is a TypeError; a user exception
# can carry data and be re-raised by a caller.
# CPython: ceval.c do_raise, compile.c compiler_assert.
def check(n):
    assert n > 0, "n must be positive, got " + str(n)
    return n


print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert: [" + str(e) + "]", repr(e))
try:
    raise ValueError
except ValueError as e:
    print("raise a class:", repr(e))
try:
    raise "not an exception"
except TypeError as e:
    print("raise a str:", e)
try:
    raise 5
except TypeError as e:
    print("raise an int:", e)


class Retry(Exception):
    def __init__(self, attempts):
        super().__init__("retry after " + str(attempts))
        self.attempts = attempts


def worker():
    raise Retry(3)


def caller():
    try:
        worker()
    except Retry as e:
        print("caller saw", e.attempts, "attempts, re-raising")
        raise


try:
    caller()
except Exception as e:
    print("top level:", type(e).__name__, e)
