"""A mini test framework with decorators and tracebacks."""
import sys
import traceback

_tests = []


def test(fn=None, *, expect=None):
    def register(f):
        _tests.append((f, expect))
        return f
    if fn is not None:
        return register(fn)
    return register


def check(cond, msg="check failed"):
    if not cond:
        raise AssertionError(msg)


@test
def test_add():
    check(1 + 1 == 2)


@test
def test_fails():
    x = [1, 2, 3]
    check(len(x) == 4, f"len is {len(x)}")


@test(expect=ZeroDivisionError)
def test_expected():
    return 1 / 0


@test(expect=KeyError)
def test_missing_raise():
    return {}.get("x")


def helper(n):
    if n == 0:
        raise ValueError("bottom reached")
    return helper(n - 1)


@test
def test_error():
    helper(2)


@test
def test_assert_stmt():
    assert [] == [0], "lists differ"


def run():
    passed = failed = errors = 0
    for fn, expect in _tests:
        name = fn.__name__
        try:
            fn()
        except AssertionError:
            if expect is AssertionError:
                passed += 1
                continue
            failed += 1
            etype, value, tb = sys.exc_info()
            print(f"FAIL {name}: {value}")
            frames = traceback.extract_tb(tb)
            print("   at", [(f.name, f.line) for f in frames])
        except Exception as e:
            if expect is not None and isinstance(e, expect):
                passed += 1
                print(f"ok   {name} (raised {type(e).__name__})")
                continue
            errors += 1
            print(f"ERROR {name}")
            print(traceback.format_exc().replace(__file__, "FILE"), end="")
        else:
            if expect is not None:
                failed += 1
                print(f"FAIL {name}: did not raise {expect.__name__}")
            else:
                passed += 1
                print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed, {errors} errors")
    print("exc_info after:", sys.exc_info())
    return failed + errors


code = run()
try:
    helper(1)
except ValueError:
    lines = traceback.format_exception(*sys.exc_info())
    print(len(lines), lines[0], lines[-1], end="")
    s = traceback.format_exception_only(ValueError, ValueError("x"))
    print(s)
    tb = sys.exc_info()[2]
    print([fs.name for fs in traceback.extract_tb(tb)], tb.tb_frame.f_code.co_name)
    st = traceback.extract_stack()
    print(st[-1].name, st[-1].lineno > 0)
try:
    raise TypeError("last one")
except TypeError:
    print(traceback.format_exc().replace(__file__, "FILE"), end="")
sys.exit(code)
