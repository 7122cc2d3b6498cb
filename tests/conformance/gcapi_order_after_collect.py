# Objects reachable from the module keep their list order through a
# collection (the module is scanned before its namespace), so a later
# collection finalizes them in creation order.
# CPython: gcmodule.c move_unreachable.
import gc
gc.disable()
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
l = []
l.append(T("0"))
l.append(T("1"))
l.append(l)
gc.collect()
print([o.n for o in gc.get_objects() if type(o).__name__ == "T"])
del l
gc.collect()
