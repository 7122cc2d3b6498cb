# `with` statements inside functions (their bodies compiled): entering and
# exiting in order, exceptions swallowed or not, __exit__ raising,
# several items, return/break/continue out of the body, targets.
import sys


class CM:
    def __init__(self, name, swallow=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.swallow = swallow
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        print("  enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        print("  exit", self.name, t.__name__ if t else None, v, sys.exc_info()[0] is t)
        if self.fail_exit:
            raise OSError("exit " + self.name)
        return self.swallow

    def __del__(self):
        print("  del", self.name)


def basic():
    with CM("a") as a, CM("b") as b:
        print("body", a.name, b.name)
    return "basic done"


print(basic())


def swallowed(n):
    total = 0
    for i in range(n):
        with CM("s%d" % i, swallow=True):
            if i % 2:
                raise KeyError(i)
            total += i
    return total


print(swallowed(3))


def not_swallowed():
    try:
        with CM("outer"), CM("inner"):
            for i in range(2):
                if i == 1:
                    raise ValueError("from body")
    except ValueError as e:
        print("caught", e, e.__traceback__.tb_lineno)


not_swallowed()


def exit_raises():
    try:
        with CM("x", fail_exit=True):
            raise LookupError("body error")
    except OSError as e:
        print("exit error", e, "context", repr(e.__context__))
    try:
        with CM("y", fail_exit=True):
            pass
    except OSError as e:
        print("exit error after normal body", e, repr(e.__context__))


exit_raises()


def enter_fails():
    try:
        with CM("ok1"), CM("bad", fail_enter=True), CM("never"):
            print("not reached")
    except RuntimeError as e:
        print("enter failed", e)


enter_fails()


def control_flow():
    out = []
    for i in range(4):
        with CM("c%d" % i):
            if i == 0:
                continue
            if i == 2:
                break
            out.append(i)
    with CM("r"):
        return out


print(control_flow())


def targets():
    class Box:
        pass

    box = Box()
    with CM("t1") as box.attr, CM("t2") as (x):
        print("targets", box.attr.name, x.name)
    d = {}
    with CM("t3") as d["k"]:
        pass
    print(sorted(d))


targets()


def not_a_manager():
    try:
        with 42:
            pass
    except TypeError as e:
        print("TypeError", e)


not_a_manager()


def gen():
    for i in range(2):
        with CM("g%d" % i):
            x = i * 10
        yield x


print(list(gen()))


def uncaught():
    with CM("last"):
        if True:
            {}["missing"]


uncaught()
