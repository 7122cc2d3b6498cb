# bytearray construction, repr, comparison with bytes, iteration (the
# iterator sees changes), methods returning bytearrays, decode, and the
# untracked/unhashable/not-weakrefable facts of the type.
import gc
import weakref
print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([1, 2, 3]), bytearray('héllo', 'utf-8'), bytearray(range(3)))
ba = bytearray(b"it's")
print(repr(ba), str(ba), ba == b"it's", b"it's" == ba, ba < b'z', bytearray(b'a') + b'b', b'a' + bytearray(b'b'))
print(type(bytearray(b'a') + b'b').__name__, type(b'a' + bytearray(b'b')).__name__, type(ba[1:]).__name__, type(ba * 2).__name__)
print(ba.upper(), ba.split(b"'"), ba.replace(b't', b'T'), ba.decode(), ba.hex(), bytearray.fromhex('6869'), ba.find(b's'), ba[0], ba[-1])
it = iter(ba)
print(next(it), type(it).__name__)
ba.append(33)
print(list(it))
print(gc.is_tracked(ba), gc.is_tracked(bytearray()), gc.is_tracked(b'x'))
try:
    weakref.ref(ba)
except TypeError as e:
    print(e)
try:
    {ba: 1}
except TypeError as e:
    print(e)
print(isinstance(ba, bytearray), isinstance(ba, bytes), issubclass(bytearray, object), bytes(ba), bytearray(b'x') in [b'x'])
counts = {}
for byte in bytearray(b'mississippi'):
    counts[chr(byte)] = counts.get(chr(byte), 0) + 1
print(counts)
