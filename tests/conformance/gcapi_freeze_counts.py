# gc.get_freeze_count() counts the objects moved to the permanent generation;
# freezing again adds the newly tracked objects (no exact count is printed:
# CPython has hidden ones); frozen objects are not listed by gc.get_objects();
# unfreeze() empties the permanent generation.
# CPython: gcmodule.c gc_freeze_impl, gc_unfreeze_impl,
#   gc_get_freeze_count_impl.
import gc

gc.disable()


class Obj:
    pass


def listed(o):
    return any([x is o for x in gc.get_objects()])


gc.freeze()
before = gc.get_freeze_count()
a = Obj()
b = [1, 2]
c = {"k": []}
print("new objects listed:", listed(a), listed(b), listed(c))
gc.freeze()
print("second freeze added at least the 4 new containers:", gc.get_freeze_count() - before >= 4)
print("frozen objects listed:", listed(a), listed(b), listed(c))
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count(), "| listed again:", listed(a))
