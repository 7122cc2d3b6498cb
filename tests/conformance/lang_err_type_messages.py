# CPython 3.11's exact TypeError messages for common mistakes: bad operand
# types, calling/subscripting/iterating the wrong thing, len() of an int,
# unhashable keys, item assignment on immutables, bad index types.
# CPython: abstract.c binop_type_error, object.c do_richcompare, abstract.c
#   PyObject_GetItem.
class Plain:
    pass


def bad_calls():
    n = 5
    nothing = None
    pair = [1, 2]
    tup = (1, 2)
    return [
        lambda: 1 + "a",
        lambda: "a" + 1,
        lambda: [1] + (2,),
        lambda: -"x",
        lambda: n(),
        lambda: nothing(),
        lambda: n[0],
        lambda: len(5),
        lambda: iter(5),
        lambda: iter(Plain()),
        lambda: {[1]: 2},
        lambda: set([[]]),
        lambda: "abc" * "2",
        lambda: pair["0"],
        lambda: tup[None],
        lambda: Plain() < Plain(),
        lambda: 1 < "1",
        lambda: isinstance(1, 2),
        lambda: issubclass(1, int),
        lambda: int([1]),
        lambda: sum(["a", "b"]),
    ]


for f in bad_calls():
    try:
        f()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
s = "text"
t = (1, 2)
for target in [s, t]:
    try:
        target[0] = "x"
    except TypeError as e:
        print(type(e).__name__, e)
