# When a container is created relative to the items it is built from decides
# the generation-list order that later collections (and finalizers) follow:
# list(it) and sorted(it) exist before their items, dict displays after them.
# CPython: ceval.c BUILD_MAP/BUILD_LIST/LIST_EXTEND, listobject.c list_extend.
import gc
gc.disable()
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def order():
    return [o.n for o in gc.get_objects() if type(o) is T]
for make in [lambda: list(T(str(i)) for i in range(3)), lambda: sorted((T(str(i)) for i in range(3)), key=lambda t: t.n),
             lambda: list(map(T, "012")), lambda: [*[T("0"), T("1"), T("2")]], lambda: dict((i, T(str(i))) for i in range(3)),
             lambda: {"a": T("0"), "b": T("1"), "c": T("2")}]:
    keep = make()
    gc.collect()
    print(order())
    del keep
d = {"a": T("a"), "b": T("b"), "c": T("c")}
gc.collect()
d["self"] = d
del d
gc.collect()
