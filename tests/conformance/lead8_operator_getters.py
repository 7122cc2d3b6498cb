# operator.itemgetter and attrgetter are C objects in CPython: an itemgetter
# holds its item (or the call's tuple of items), an attrgetter one tuple of
# names. A cycle through them is that many objects for gc.collect(); their
# results, reprs and errors are CPython's.
import gc
from operator import itemgetter, attrgetter, methodcaller

class Row:
    def __init__(self, name, score):
        self.name = name
        self.score = score
        self.me = self

rows = [Row("b", 2), Row("a", 3), Row("c", 1)]
print([r.name for r in sorted(rows, key=attrgetter("score"))])
print([r.name for r in sorted(rows, key=attrgetter("name"))])
print(list(map(attrgetter("me.name", "score"), rows)))
pairs = [(1, "z"), (0, "y"), (2, "x")]
print(sorted(pairs, key=itemgetter(1)), itemgetter(0, 1)(pairs[0]))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("a.b", "c")))

gc.collect()
for label, make in [("itemgetter(1)", lambda: itemgetter(1)),
                    ("itemgetter(0, 2)", lambda: itemgetter(0, 2)),
                    ("attrgetter('x')", lambda: attrgetter("x")),
                    ("attrgetter('a.b', 'c')", lambda: attrgetter("a.b", "c")),
                    ("methodcaller('m', 1)", lambda: methodcaller("m", 1))]:
    holder = [make()]
    holder.append(holder)
    del holder
    print(label, "cycle:", gc.collect())

for bad in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1),
            lambda: attrgetter("x", 2), lambda: itemgetter(a=1),
            lambda: attrgetter("nope")(rows[0]), lambda: itemgetter(5)([1])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
