# Exact AttributeError messages: missing attribute on an instance, a class, an
# int, a string, None and a module; deleting a missing attribute; assigning a
# new attribute to a builtin value.
# CPython: object.c PyObject_GenericGetAttr, moduleobject.c module_getattro.
import gc


class Plain:
    pass


p = Plain()
attempts = [
    lambda: p.missing,
    lambda: Plain.missing,
    lambda: (5).missing,
    lambda: "s".missing,
    lambda: None.missing,
    lambda: gc.missing,
    lambda: [].missing,
    lambda: getattr(p, "other"),
]
for f in attempts:
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del p.missing
except AttributeError as e:
    print("del p.missing:", e)
try:
    x = 5
    x.attr = 1
except AttributeError as e:
    print("set on int:", e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print("delattr:", e)
print("getattr default avoids it:", getattr(None, "missing", "default"))
