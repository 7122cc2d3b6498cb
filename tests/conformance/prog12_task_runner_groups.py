"""Exceptions with notes and groups in a task runner."""
import traceback
import sys
from contextlib import contextmanager


class TaskError(Exception):
    def __init__(self, task, msg):
        super().__init__(msg)
        self.task = task


class Timeout(TaskError):
    pass


def t_ok():
    return 42


def t_div():
    return 1 / 0


def t_key():
    return {}["missing"]


def t_timeout():
    raise Timeout("t_timeout", "took too long")


def t_nested():
    try:
        t_key()
    except KeyError as e:
        raise TaskError("t_nested", "lookup failed") from e


@contextmanager
def annotate(note):
    try:
        yield
    except Exception as e:
        e.add_note(note)
        raise


def run_all(tasks):
    results, errors = {}, []
    for t in tasks:
        try:
            with annotate(f"while running {t.__name__}"):
                results[t.__name__] = t()
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} task(s) failed", errors)
    return results


tasks = [t_ok, t_div, t_key, t_timeout, t_nested]
try:
    run_all(tasks)
except* ZeroDivisionError as eg:
    print("math errors:", [str(e) for e in eg.exceptions])
except* TaskError as eg:
    print("task errors:", [(type(e).__name__, e.task, str(e)) for e in eg.exceptions])
    for e in eg.exceptions:
        if e.__cause__:
            print("  caused by", repr(e.__cause__))
except* LookupError as eg:
    print("lookup errors:", eg.exceptions, eg.exceptions[0].__notes__)

try:
    run_all([t_div, t_key])
except ExceptionGroup as eg:
    print("group:", eg, len(eg.exceptions))
    match, rest = eg.split(ZeroDivisionError)
    print("split:", match.exceptions, rest.exceptions)
    sub = eg.subgroup(lambda e: isinstance(e, KeyError))
    print("subgroup:", repr(sub))
    print("derive:", eg.derive([ValueError("v")]))
    print("".join(traceback.format_exception(eg)).count("while running"))


def outer():
    try:
        raise ExceptionGroup("inner", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled ValueError inside outer")


try:
    outer()
except* TypeError as eg:
    print("outer leaked:", repr(eg))

e = ValueError("bad value")
e.add_note("note one")
e.add_note("note two")
try:
    e.add_note(5)
except TypeError as err:
    print(err)
print(traceback.format_exception_only(e))
nested = BaseExceptionGroup("top", [KeyboardInterrupt(), ExceptionGroup("mid", [OSError(2, "nofile")])])
print(type(nested).__name__, nested.exceptions[1].exceptions[0].errno)
traceback.print_exception(ExceptionGroup("printed", [ValueError("x"), KeyError("k")]), file=sys.stdout)
raise ExceptionGroup("final", [RuntimeError("boom")])
