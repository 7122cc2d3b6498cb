# A builtin type's METH_CLASS entries (dict.fromkeys, bytes.fromhex,
# int.from_bytes, list.__class_getitem__) are classmethod_descriptors in
# its __dict__:
# __get__ binds them to the class (or the instance's class), calling one
# takes the class first, with classmethod_get's TypeErrors for a missing,
# non-type or unrelated class; read through the type they are bound
# builtin methods.
d = dict.__dict__["fromkeys"]
print(type(d).__name__, repr(d), d.__objclass__)
print(d.__get__(None, dict)("ab"), d.__get__({})("x"), d(dict, "yz"))

class Registry(dict):
    pass

print(type(d.__get__(None, Registry)("a")).__name__, type(d(Registry, "q")).__name__)
for args in [(), (5,), (list,)]:
    try:
        d(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [(None,), (None, None), (None, 5), (None, list)]:
    try:
        d.__get__(*args)
    except TypeError as e:
        print("TypeError:", e)
for owner, name in [(bytes, "fromhex"), (int, "from_bytes"), (dict, "fromkeys"),
                    (list, "__class_getitem__")]:
    desc = vars(owner)[name]
    print(owner.__name__, name, type(desc).__name__, type(getattr(owner, name)).__name__)
print(vars(bytes)["fromhex"].__get__(b"")("6869"), vars(int)["from_bytes"](int, b"\x01\x00", "little"))
print(vars(list)["__class_getitem__"].__get__([], list)(int), dict.fromkeys.__self__ is dict)
