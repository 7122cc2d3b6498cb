# ExceptionGroup built from caught exceptions (their frames kept alive until 
# the group dies), except* handlers, split/subgroup, the errors of 
# ExceptionGroup(), BaseExceptionGroup.
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def task(i):
    r = Res(f"task{i}")
    if i % 2:
        raise ValueError(f"odd {i}")
    raise KeyError(i)
errors = []
for i in range(4):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
print(len(errors))
eg = ExceptionGroup("batch", errors)
del errors
print(repr(eg), eg.message, len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("values", [str(x) for x in g.exceptions], type(g).__name__)
except* KeyError as g:
    print("keys", [repr(x) for x in g.exceptions])
print("handled")
del eg
print("deleted eg")
try:
    try:
        raise ExceptionGroup("two", [TypeError("t"), OSError("o")])
    except* TypeError:
        print("handled TypeError")
except ExceptionGroup as rest:
    print("rest", repr(rest), rest.exceptions)
eg = ExceptionGroup("g", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(e)
bg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
import traceback
try:
    raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
except Exception as e:
    print("".join(traceback.format_exception_only(e)), end="")
def f():
    try:
        raise ValueError
    except* ValueError:
        return 1
