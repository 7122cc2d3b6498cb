# except* in ordinary programs: collecting errors from several tasks and
# handling them by kind, a retry loop, nested except* in a clause, finally
# with except*, sys.exc_info() inside a clause, BaseExceptionGroup members.
import sys

def run_tasks(tasks):
    errors = []
    results = []
    for name, task in tasks:
        try:
            results.append((name, task()))
        except Exception as e:
            e.add_note(f"in task {name}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("tasks failed", errors)
    return results

tasks = [("ok", lambda: 1), ("div", lambda: 1 / 0), ("key", lambda: {}["k"]), ("val", lambda: int("x"))]
try:
    run_tasks(tasks)
except* ZeroDivisionError as eg:
    print("math errors:", [str(e) for e in eg.exceptions], [e.__notes__ for e in eg.exceptions])
except* LookupError as eg:
    print("lookup errors:", len(eg.exceptions), type(eg.exceptions[0]).__name__)
except* Exception as eg:
    print("others:", [type(e).__name__ for e in eg.exceptions])
    print("exc_info is the part:", sys.exc_info()[1] is eg, type(sys.exc_info()[1]).__name__)
print("after, exc_info:", sys.exc_info())

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ExceptionGroup("flaky", [ConnectionError(attempts)])
        print("succeeded after", attempts)
        break
    except* ConnectionError:
        print("retrying", attempts)

def layered():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("inner", [KeyError("a"), OSError("b")])
        except* KeyError as k:
            print("inner handled", repr(k))
        except* OSError:
            print("inner os error")
    except* TypeError:
        print("outer type error")
    finally:
        print("finally")
    return "done"
print(layered())

try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as k:
    print("interrupt part:", type(k).__name__, repr(k))
except* ValueError as v:
    print("value part:", type(v).__name__, repr(v))

def in_function():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError:
            print("loop", i)
    return "loop done"
print(in_function())
