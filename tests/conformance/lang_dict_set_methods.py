# dict and set methods: insertion order (kept on overwrite, reset by delete and
# re-insert), get/setdefault/pop/popitem/update/keys/values/items/clear/copy,
# equality ignoring order; set add/discard/remove/pop of one element, union etc.
# CPython: dictobject.c, setobject.c.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print("order kept on overwrite:", d)
del d["b"]
d["b"] = 20
print("re-inserted goes last:", d)
print("get:", d.get("a"), d.get("zz"), d.get("zz", 0))
print("setdefault:", d.setdefault("a", 99), d.setdefault("new", []), d)
print("pop:", d.pop("new"), d.pop("zz", "dflt"), "| popitem:", d.popitem(), d)
d.update({"x": 1}, y=2)
print("update:", d, "| keys:", list(d.keys()), "| values:", list(d.values()))
print("items:", list(d.items()))
c = d.copy()
c["only in copy"] = 1
print("copy is separate:", len(d), len(c))
print("equal ignoring order:", {"a": 1, "b": 2} == {"b": 2, "a": 1}, "| 'a' in d:", "a" in d, "| 2 in d:", 2 in d)
d.clear()
print("cleared:", d, len(d))
s = {3, 1}
s.add(2)
s.add(3)
s.discard(99)
s.remove(1)
print("set:", sorted(s), len(s), 2 in s)
one = {"only"}
print("pop of a one-element set:", one.pop(), one)
print("union:", sorted(s.union({7})), "| intersection:", sorted(s & {2, 7}), "| difference:", sorted(s - {2}))
print("subset:", {2} <= s, {2, 3} < s, s == {3, 2}, "| set() == {}:", set() == {})
try:
    s.remove(99)
except KeyError as e:
    print("remove missing: KeyError", e)
