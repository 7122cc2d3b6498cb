# X | Y of types (PEP 604): types.UnionType, its repr (NoneType shown as
# None), __args__ flattened and deduplicated, a single type returned as
# itself, equality as sets, hash, and the TypeError for non-types.
import types


class A:
    pass


class B(A):
    pass


u = int | str
print(u, type(u), type(u) is types.UnionType, u.__args__)
print(int | None, None | int, int | str | None, (int | str) | (bytes | None))
print(int | int, int | int is int, (int | str) | int)
print(A | B, list[int] | None, None | list[int], list[int] | list[int])
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int))
print((int | str).__parameters__, (int | None).__args__)
print(types.UnionType.__module__, types.UnionType.__name__)
cache = {int | None: "optional int"}
print(cache[None | int])
for bad in (3, "str", [int]):
    try:
        int | bad
    except TypeError as e:
        print("TypeError:", e)
try:
    (int | str)[int]
except TypeError as e:
    print("TypeError:", e)
try:
    import weakref
    weakref.ref(int | str)
except TypeError as e:
    print("TypeError:", e)
print(type.__or__(int, str), type.__ror__(int, str))
print(int.__or__(1, 2))
