# ImportError's name/path/msg (keywords name= and path=), NameError.name
# and AttributeError.name (set when the lookup fails, 3.10+), and the
# keyword checks: builtin exceptions take no keyword arguments except the
# ones their init declares.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name, "| path:", e.path, "| msg:", e.msg)

e = ImportError("cannot load", name="plugin", path="/plugins/p.py")
print(e, repr(e), e.name, e.path, e.msg, e.args, vars(e))
e = ImportError()
print(repr(str(e)), e.name, e.msg)
e = ImportError("a", "b")
print(str(e), e.msg)

try:
    undefined_variable
except NameError as e:
    print("NameError:", e, "| name:", e.name)

def f():
    try:
        del later
    except NameError as e:
        print("UnboundLocalError?", type(e).__name__, e)
    later = 1

class Point:
    def __init__(self):
        self.x = 1

try:
    Point().y
except AttributeError as e:
    print("AttributeError:", e, "| name:", e.name)
try:
    getattr(Point, "z")
except AttributeError as e:
    print("AttributeError:", e, "| name:", e.name)

e = AttributeError("custom", name="n", obj=[1, 2])
print(e, e.name, e.obj, e.args)
e = NameError("custom", name="n")
print(e, e.name)

for make in (lambda: ValueError("x", foo=1),
             lambda: ImportError("x", foo=1),
             lambda: AttributeError(name="n", bad=2),
             lambda: NameError("a", obj=1),
             lambda: KeyError(k=1),
             lambda: Exception(a=1)):
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)

class AppError(Exception):
    def __init__(self, message, *, code=0):
        super().__init__(message)
        self.code = code

e = AppError("failed", code=42)
print(e, e.code, e.args, vars(e))

class Strict(Exception):
    def __init__(self):
        super().__init__(detail=1)
try:
    Strict()
except TypeError as err:
    print("TypeError:", err)
