# GenericAlias equality (same origin and args) and hash (hash(origin) ^
# hash(args)): aliases work as dict keys and set members; an alias never
# equals its origin; ordering comparisons are TypeErrors.
a = list[int]
b = list[int]
print(a == b, a is b, a != b, hash(a) == hash(b))
print(list[int] == list[str], list[int] == list, list == list[int])
print(dict[str, int] == dict[str, int], dict[str, int] == dict[int, str])
print(tuple[int, ...] == tuple[int, ...], tuple[()] == tuple[()])
seen = {list[int]: "ints", dict[str, int]: "map"}
print(seen[list[int]], seen[dict[str, int]])
print(len({list[int], list[int], list[str]}))
print(list[int] in [list[str], list[int]])
try:
    list[int] < list[int]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(list[[1]])
except TypeError as e:
    print("TypeError:", e)
print(list[int] == 3, (list[int] != 3))
