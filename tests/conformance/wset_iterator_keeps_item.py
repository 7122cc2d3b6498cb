# A suspended WeakSet iterator keeps the item it last yielded alive (in the
# generator's frame), even after every other reference is gone; deleting the
# iterator (which closes it) releases the item and commits its removal.
# CPython: Lib/_weakrefset.py WeakSet.__iter__ (generator + _IterationGuard).
import gc
import weakref

gc.disable()


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


items = [Item("only")]
ws = weakref.WeakSet(items)
it = iter(ws)
got = next(it)
print("got:", got.name)
del got
print("dropping the last outside reference")
items.clear()
print("len(ws):", len(ws))
print("deleting the iterator")
del it
print("len(ws):", len(ws))
