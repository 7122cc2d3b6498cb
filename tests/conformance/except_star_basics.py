# except*: each clause handles its part of a group (a naked exception is
# wrapped in a group with an empty message), clauses see only what earlier
# ones left, an unhandled rest is re-raised, `as` names the part.
import sys

def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* (TypeError, KeyError) as e:
        print("  Type/KeyError part:", repr(e), "handled:", sys.exc_info()[1] is e)
    except* Exception:
        print("  other Exception part")

for exc in [ValueError("naked"), TypeError("t"),
            ExceptionGroup("g", [ValueError(1), KeyError(2), OSError(3)]),
            ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError(4)]), TypeError(5)])]:
    print("raising", repr(exc))
    run(exc)

def unhandled():
    try:
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  handled the ValueError")
try:
    unhandled()
except ExceptionGroup as rest:
    print("rest:", repr(rest))

try:
    try:
        raise KeyError("naked")
    except* ValueError:
        print("never")
except KeyError as e:
    print("naked exception passes through unwrapped:", repr(e))

def name_unbound():
    try:
        raise ValueError()
    except* ValueError as e:
        pass
    try:
        e
    except NameError as err:
        print("NameError:", err)
name_unbound()

try:
    raise ExceptionGroup("e", [ValueError()])
except* ValueError:
    print("handled")
else:
    print("else not run")
finally:
    print("finally runs")

try:
    pass
except* ValueError:
    print("never")
else:
    print("else runs without exception")
