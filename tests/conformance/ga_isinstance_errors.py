# isinstance/issubclass refuse a parameterized generic with CPython's
# messages, also inside a tuple or a union (where args are tried in order,
# so a plain type before the alias can answer first).
def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("isinstance list[int]", lambda: isinstance([], list[int]))
attempt("issubclass list[int]", lambda: issubclass(list, list[int]))
attempt("isinstance tuple", lambda: isinstance([], (int, list[int])))
attempt("isinstance tuple hit first", lambda: isinstance(1, (int, list[int])))
attempt("isinstance union", lambda: isinstance(1, int | list[int]))
attempt("isinstance union miss", lambda: isinstance("", int | list[int]))
attempt("issubclass union", lambda: issubclass(str, int | list[int]))
attempt("isinstance 3", lambda: isinstance(1, 3))
attempt("issubclass 3", lambda: issubclass(int, 3))
attempt("issubclass arg1", lambda: issubclass(3, int))
attempt("issubclass arg1 union", lambda: issubclass(3, int | str))
attempt("isinstance None", lambda: isinstance(None, None))
attempt("list[int] as base check", lambda: isinstance(list[int], type))
attempt("dict alias", lambda: isinstance({}, dict[str, int]))
attempt("type alias", lambda: isinstance(int, type[int]))
