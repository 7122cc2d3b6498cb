# NameError messages: an undefined global, a local used before assignment
# (UnboundLocalError, a NameError subclass), a deleted name, and a free
# variable of a closure that was not bound yet.
# CPython: ceval.c format_exc_check_arg (NAME_ERROR_MSG,
#   UNBOUNDLOCAL_ERROR_MSG).
def use_before():
    print(counter)
    counter = 1


def free_before():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1
    return inner()


try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
try:
    use_before()
except NameError as e:
    print(type(e).__name__, e, "| is a NameError:", isinstance(e, NameError))
print("free_before returns", free_before())
gone = 1
del gone
try:
    gone
except NameError as e:
    print(type(e).__name__, e)
try:
    len = len
    print("rebinding a builtin name works")
    del len
    print("and after del the builtin is back:", len("ab"))
except NameError as e:
    print("unexpected", e)
