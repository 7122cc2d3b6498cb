# Unbound builtin methods (str.lower as a key), str edge cases (empty
# patterns, start past the end, field numbering) and range attributes.
# CPython: descrobject.c method descriptors, unicodeobject.c, rangeobject.c.
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, ["x"])), str.join("-", ["a", "b"]))
print("abcabc".replace("", "-"), "hello".find("", 10), "hello".find("", 5), "hello".startswith("", 6), "ab".count("", 5))
try:
    print("{0}{}".format(1, 2))
except ValueError as e:
    print(e)
r = range(0, 10, 2)
print(r.start, r.stop, r.step, r.index(4), r.count(3), range(10)[2:5].stop)
