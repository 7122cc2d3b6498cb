# dict key/item views compare and combine like sets; format specs with
# = alignment, # prefixes and grouping of big ints; %-format flags and errors.
# CPython: dictobject.c dictviews_*, formatter_unicode.c, unicodeobject.c PyUnicode_Format.
d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, d.items() == {("a", 1), ("b", 2)}, d.keys() != {"a"})
print(d.keys() & {"a", "z"}, sorted(d.keys() | {"c"}), d.keys() - {"a"}, {"a"} & d.keys(), d.keys() == d.keys())
x = 42
y = -7
print(f"{x:=+6}|{y:=6}|{x:#x}|{x:#o}|{x:#b}|{2**70:,}|{x:c}|{y:05d}|{3.5:08.2f}|{x:*^9}|{'abc':.2}|{-1.5:=+8.2f}|")
print("%#x %#o %#X" % (255, 8, 255))
for f in ["%", "%z", "a%5"]:
    try:
        print(f % ())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
