"""A retry decorator with exceptions and logging."""
import functools
import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("retry")


class TransientError(Exception):
    pass


class FatalError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


def retry(times=3, on=(TransientError,), backoff=2):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = 1
            for attempt in range(1, times + 1):
                try:
                    result = fn(*args, **kwargs)
                except on as e:
                    log.warning("attempt %d/%d of %s failed: %r", attempt, times, fn.__name__, e)
                    if attempt == times:
                        log.error("giving up on %s", fn.__name__)
                        raise
                    log.debug("sleeping %d", delay)
                    delay *= backoff
                else:
                    log.info("%s succeeded on attempt %d", fn.__name__, attempt)
                    return result
        wrapper.retries = times
        return wrapper
    return deco


calls = {"n": 0}


@retry(times=4)
def flaky(x):
    """Fails twice then works."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise TransientError(f"try {calls['n']}")
    return x * 10


print(flaky(4), flaky.__name__, flaky.__doc__, flaky.retries, flaky.__wrapped__.__name__)


@retry(times=2)
def always_bad():
    raise TransientError("nope")


try:
    always_bad()
except TransientError as e:
    print("caught:", e, type(e.__traceback__).__name__)


@retry(times=5)
def fatal():
    raise FatalError(7, "disk on fire")


try:
    fatal()
except FatalError as e:
    print("fatal:", e.code, e, e.args)


@retry(on=(KeyError, IndexError))
def lookup(d, k):
    return d[k]


print(lookup({"a": 1}, "a"))
try:
    lookup({}, "zz")
except KeyError as e:
    print("KeyError", e)

child = logging.getLogger("retry.child")
child.info("from the child %s", "logger")
child.setLevel(logging.ERROR)
child.warning("suppressed")
child.error("shown")
print(child.getEffectiveLevel(), log.getEffectiveLevel(), child.parent is log)

try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    log.error("handled %s", type(e).__name__, exc_info=False)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    print(repr(e.__context__))
