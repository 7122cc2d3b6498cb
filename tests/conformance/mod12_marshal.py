# marshal (Python/marshal.c): dumps/loads of the simple types, versions,
# references to shared objects (FLAG_REF, TYPE_REF), dump/load on a file
# and the errors.
import io
import marshal

print(marshal.version)
values = [None, True, False, ..., StopIteration, 0, 1, -1, 255, 2**31 - 1, 2**31,
          -2**31, -2**31 - 1, 2**70, -2**70, 1.5, -0.0, float('inf'), complex(1, -2),
          "abc", "", "a b", "é€", "x" * 300, b"", b"xy\x00", (), (1, 2), (1, (2, 3)),
          [], [1, "a", [2]], {}, {1: 2, "k": [1]}, set(), {1, 2}, frozenset(), frozenset([3])]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(v)[:40], data[:24], back == v or back is v, type(back).__name__)

for version in range(5):
    print(version, marshal.dumps(("abc", 1.25, 2j, [7]), version))

shared = [1, 2]
pair = (shared, shared, shared)
data = marshal.dumps(pair)
print(data)
back = marshal.loads(data)
print(back, back[0] is back[1] is back[2])
print(marshal.dumps([[]] * 3))
print(marshal.dumps(bytearray(b"ba")), marshal.dumps(memoryview(b"mv")))

buf = io.BytesIO()
marshal.dump({"a": (1, 2)}, buf)
marshal.dump([3, 4], buf, 2)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), buf.read())
print(marshal.loads(marshal.dumps(5) + b"extra"))

class C:
    pass

for bad in [C(), [1, object()], {1: len}, int]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError:", e)
for data in [b"", b"\x99", b"i\x01", b"(\x02\x00\x00\x00N", b"0", b"r\x00\x00\x00\x00",
             b"l\x01\x00\x00\x00\x00\x00", b"[\x01\x00\x00\x000", b"s\x05\x00\x00\x00ab"]:
    try:
        print(marshal.loads(data))
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    marshal.loads("text")
except TypeError as e:
    print("TypeError:", e)
