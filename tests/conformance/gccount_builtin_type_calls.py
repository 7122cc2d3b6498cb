# Builtin types called through _PyObject_MakeTpCall (str, int, bytes, zip,
# weakref.ref, ...) pack an argument tuple; list, tuple, dict, set, float,
# range, enumerate, map, filter have a vectorcall and pack none.
import gc, weakref
gc.disable()  # only the counts: no automatic collection

class K:
    pass

k = K()
def first_call_cost(f):
    gc.collect()
    f()
    return gc.get_count()[0]

print("str", first_call_cost(lambda: str(1)))
print("int", first_call_cost(lambda: int("7")))
print("bytes", first_call_cost(lambda: bytes(2)))
print("ref", first_call_cost(lambda: weakref.ref(k)))
print("float", first_call_cost(lambda: float("1.5")))
print("tuple", first_call_cost(lambda: tuple("ab")))
print("range", first_call_cost(lambda: range(3)))
print("enumerate", first_call_cost(lambda: enumerate("ab")))
print("list", first_call_cost(lambda: list("ab")))
print("dict", first_call_cost(lambda: dict(a=1)))
