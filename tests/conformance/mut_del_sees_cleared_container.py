# list.clear() and dict.clear() empty the container first and only then release
# the old items, so a __del__ that looks at the container sees it empty.
# CPython: listobject.c _list_clear, dictobject.c PyDict_Clear.
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "| len(lst):", len(lst), "| len(table):", len(table))


lst = [Obj("l0"), Obj("l1")]
table = {"a": Obj("da"), "b": Obj("db")}
print("lst.clear()")
lst.clear()
print("table.clear()")
table.clear()
lst.append(Obj("x"))
table["y"] = Obj("y")
print("lst.pop()")
lst.pop()
print("del table['y']")
del table["y"]
print("end")
