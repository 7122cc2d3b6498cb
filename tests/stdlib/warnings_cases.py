# warnings cases: gclab's warnings must print (stdout and stderr) what CPython's prints.
import sys
import warnings


def f():
    warnings.warn("from f", stacklevel=2)


warnings.warn("plain")
warnings.warn("plain")           # default action: once per location
for i in range(3):
    warnings.warn("in a loop")   # shown once
warnings.warn("deprecated here", DeprecationWarning)   # shown: triggered in __main__
f()
warnings.warn(RuntimeWarning("an instance"))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", UserWarning)
    warnings.warn("recorded 2", UserWarning)
print([str(w.message) for w in log], [w.category.__name__ for w in log], len(log))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("SKIP me too")
    warnings.warn("keep me")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    warnings.warn("once only")
    warnings.warn("once only")
print(len(log))
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "line text"), end="")
warnings.showwarning("shown", UserWarning, "f.py", 7, sys.stdout, "the line")
print(len(warnings.filters) > 0, warnings.defaultaction)
