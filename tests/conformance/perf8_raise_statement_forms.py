# `raise` statements inside functions run compiled: a class or an
# instance raised, `from` a cause, `from None`, a bare `raise` inside and
# outside a handler, raising something that is not an exception, a cause
# that is not one, the context set from the exception being handled, and
# when raised exceptions and what they hold die.


class V:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Err(Exception):
    pass


def raise_class():
    raise Err


def raise_instance():
    raise Err(V("held-by-args").name)


def raise_from():
    try:
        {}["k"]
    except KeyError as e:
        raise Err("wrapped") from e


def raise_from_none():
    try:
        [][0]
    except IndexError:
        raise Err("quiet") from None


def bare_outside():
    raise


def bare_inside():
    try:
        raise Err("again")
    except Err:
        raise


def not_exception():
    raise 42


def bad_cause():
    raise Err("x") from 7


def context_only():
    try:
        1 / 0
    except ZeroDivisionError:
        raise Err("during")


def make_err():
    e = Err("holds")
    e.payload = V("payload")
    return e


def holder():
    raise make_err()


for f in (raise_class, raise_instance, raise_from, raise_from_none, bare_outside, bare_inside,
          not_exception, bad_cause, context_only, holder):
    try:
        f()
    except BaseException as e:
        print(f.__name__, type(e).__name__, e.args,
              type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("  traceback", names)
print("loop done")


def in_loop(n):
    caught = 0
    for i in range(n):
        try:
            if i % 2:
                raise Err(i)
            raise KeyError(i)
        except Err as e:
            caught += e.args[0]
        except KeyError as e:
            caught -= e.args[0]
    return caught


print(in_loop(10))
print("end")
