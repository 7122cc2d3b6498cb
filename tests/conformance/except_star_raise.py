# except*: raising inside a clause. A bare `raise` re-raises the part, which is
# put back in the original group's shape; a new exception (with the part as
# its __context__) and the rest are grouped in a new ExceptionGroup("").
def show(e, indent=""):
    print(indent + repr(e))
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            show(sub, indent + "  ")

def reraise():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError:
        raise
try:
    reraise()
except ExceptionGroup as e:
    print("re-raised:"); show(e)

def new_error():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError as part:
        raise KeyError("new") from None
try:
    new_error()
except ExceptionGroup as e:
    print("new group:"); show(e)
    print(e.message == "", e.exceptions[0].__context__ is not None)

def both():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise RuntimeError("from value")
    except* TypeError:
        raise
try:
    both()
except ExceptionGroup as e:
    print("both:"); show(e)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
try:
    naked_reraise()
except ValueError as e:
    print("naked re-raise gives back the naked exception:", repr(e))
except ExceptionGroup as e:
    print("group?", repr(e))

def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")
try:
    naked_new()
except Exception as e:
    print("naked new:", repr(e), repr(e.__context__))

def handled_all():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass
    return "all handled"
print(handled_all())
