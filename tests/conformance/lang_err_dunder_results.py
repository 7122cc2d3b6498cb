# Special methods must return the right type, otherwise CPython raises:
# __bool__ not a bool, __len__ negative or not an int, __iter__ not an
# iterator, __hash__ not an int, __repr__/__str__ not a str.
# CPython: typeobject.c slot_nb_bool/slot_sq_length/slot_tp_hash, object.c
#   PyObject_Repr/PyObject_Str.
class Bad:
    def __init__(self, kind):
        self.kind = kind

    def __bool__(self):
        return 1

    def __len__(self):
        if self.kind == "negative":
            return -1
        return "three"

    def __iter__(self):
        return 5

    def __hash__(self):
        return "h"

    def __repr__(self):
        return 42

    def __str__(self):
        return None


attempts = [
    lambda: bool(Bad("x")),
    lambda: len(Bad("negative")),
    lambda: len(Bad("str")),
    lambda: iter(Bad("x")),
    lambda: hash(Bad("x")),
    lambda: repr(Bad("x")),
    lambda: str(Bad("x")),
    lambda: not Bad("x"),
]
for f in attempts:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
