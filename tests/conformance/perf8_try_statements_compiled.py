# `try` statements inside functions run compiled (their body, else,
# finally and except blocks as compiled blocks; one implementation with the
# direct evaluator): which handler matches, `as` names deleted after the
# handler, else and finally order, return/break/continue inside finally
# overriding a pending exception or return value, exceptions raised in
# handlers chaining their context, tracebacks' line numbers, and when the
# exception objects and the values they hold die.
import sys


class V:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Err(Exception):
    def __init__(self, tag):
        super().__init__(tag)
        self.payload = V("payload-" + tag)


def basic(x):
    try:
        if x == 0:
            raise Err("zero")
        r = 10 // x
    except Err as e:
        print("Err", e.args[0])
        r = -1
    except ZeroDivisionError:
        r = -2
    else:
        print("else", r)
    finally:
        print("finally", x)
    return r


for x in (0, 2, 5):
    print("basic", basic(x))
print("after basic")


def name_deleted():
    try:
        raise Err("named")
    except Err as e:
        print("in handler", e.args)
    try:
        e
    except NameError as ne:
        print("NameError", ne)


name_deleted()


def finally_overrides():
    try:
        raise Err("lost")
    finally:
        return "finally wins"


print(finally_overrides())


def finally_return_value():
    v = V("returned")
    try:
        return v
    finally:
        print("finally sees", v.name)
        v = None


r = finally_return_value()
print("got", r.name)
del r


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out


print(loop_control())


def handler_raises():
    try:
        try:
            raise Err("first")
        except Err:
            raise KeyError("second")
    except KeyError as e:
        print("context", type(e.__context__).__name__, e.__context__.args)


handler_raises()


def reraise():
    try:
        raise Err("again")
    except Err:
        raise


try:
    reraise()
except Err as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback", lines)


def tuple_handler(kind):
    try:
        if kind == "k":
            {}["missing"]
        elif kind == "i":
            [][1]
        else:
            int("x")
    except (KeyError, IndexError) as e:
        return type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__


print(tuple_handler("k"), tuple_handler("i"), tuple_handler("v"))


def exc_info_in_finally():
    try:
        raise Err("pending")
    finally:
        print("exc_info", sys.exc_info()[0].__name__)


try:
    exc_info_in_finally()
except Err:
    print("caught pending")
print("end")
