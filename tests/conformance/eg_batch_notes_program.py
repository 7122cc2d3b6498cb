# A batch job collecting failures with add_note into an ExceptionGroup:
# except* splitting it, a handler raising inside except*, nested groups and
# traceback.format_exception of each (notes, "During handling", nesting).
import traceback
def show(e):
    print("".join(traceback.format_exception(e)).replace(__file__, "main.py"))
def work(i):
    if i % 2: raise ValueError(f"odd {i}")
    raise KeyError(i)
def run_all():
    errors = []
    for i in range(3):
        try:
            work(i)
        except Exception as e:
            e.add_note(f"while processing item {i}")
            errors.append(e)
    raise ExceptionGroup("batch failed", errors)
try:
    run_all()
except* ValueError as eg:
    show(eg)
except* KeyError as eg:
    print(len(eg.exceptions), [str(x) for x in eg.exceptions])
try:
    try:
        run_all()
    except* ValueError:
        raise RuntimeError("handler failed")
except BaseException as outer:
    show(outer)
eg = ExceptionGroup("nested", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
show(eg)
try:
    raise eg
except* TypeError as t:
    print(repr(t), t.exceptions[0].exceptions)
except* ValueError as v:
    print(repr(v))
