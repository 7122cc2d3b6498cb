# str.format field names with indexes and attributes; casefold, expandtabs,
# translate; int attributes and bit_length.
# CPython: Objects/stringlib/unicode_format.h (field_name_split), longobject.c.
class P:
    def __init__(self): self.x = 3
print("{a[0]} {a[1]:>3} {p.x} {0[k]}".format({"k": "v"}, a=[5, 6], p=P()), "Straße".casefold(), "a\tb\tc".expandtabs(4), "abc".translate({97: "A", 98: None}), "{.real}".format(7))
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), True.real, (5).numerator)
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)), {range(3): 1}[range(0, 3, 1)])
for t in [lambda: isinstance(1), lambda: hasattr(1), lambda: setattr(1, "a")]:
    try:
        t()
    except TypeError as e:
        print(e)
