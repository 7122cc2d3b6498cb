# gc.get_objects() lists tracked container objects only: instances, lists and
# dicts holding containers appear; ints, strings, untracked dicts do not; a
# dead object disappears from the list at once.
# CPython: gcmodule.c gc_get_objects_impl.
import gc

gc.disable()


class Obj:
    pass


def listed(o):
    return any([x is o for x in gc.get_objects()])


inst = Obj()
lst = [1]
atoms = {"a": 1}
nested = {"a": []}
text = "some text"
print("instance:", listed(inst))
print("list:", listed(lst))
print("dict of atoms:", listed(atoms), "| dict holding a list:", listed(nested))
print("str:", listed(text), "| int:", listed(12345))
print("class:", listed(Obj), "| module gc:", listed(gc))
print("in generation 0:", any([x is inst for x in gc.get_objects(0)]))
holder = [inst]
del inst
print("still listed through holder:", listed(holder[0]))
print("count of Obj instances:", len([x for x in gc.get_objects() if isinstance(x, Obj)]))
holder.clear()
print("after the last reference went:", len([x for x in gc.get_objects() if isinstance(x, Obj)]))
