# WeakSet members are matched by equality: adding an equal but distinct
# object keeps the first one; when that first object dies the member goes,
# even though the equal object is still alive.
# CPython: Lib/_weakrefset.py WeakSet.add.
import gc
import weakref

gc.disable()


class Tag:
    def __init__(self, name, serial):
        self.name = name
        self.serial = serial

    def __eq__(self, other):
        return isinstance(other, Tag) and self.name == other.name

    def __hash__(self):
        return len(self.name)


first = Tag("red", 1)
second = Tag("red", 2)
ws = weakref.WeakSet()
ws.add(first)
ws.add(second)
print("len:", len(ws), "| kept serial:", [t.serial for t in ws])
print("second in ws:", second in ws)
del first
print("after first died: len", len(ws), "| second in ws:", second in ws)
