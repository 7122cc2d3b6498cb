import struct
data = bytearray(b"Hello, World")
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[7:]), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides)
mv[0:5] = b"HELLO"
print(data, data.decode(), data.hex(), data.hex(":"), data.hex(" ", 4))
ints = memoryview(bytearray(struct.pack("<4i", 1, -2, 3, 40000)))
as_i = ints.cast("i")
print(as_i.tolist(), as_i[1], len(as_i), as_i.format, as_i.itemsize)
as_i[1] = 7
print(struct.unpack("<4i", ints), ints.tobytes()[:8])
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    memoryview(b"abc")[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    data.append(1)
except BufferError as e:
    print("BufferError:", e)
mv.release()
as_i.release(); ints.release()
data.append(33)
print(data, data.count(b"l"), data.find(b"World"), data.upper(), data.split(b", "), data.replace(b"l", b"L"))
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
b = b"\x00\x01\xff abc\n\t\\'\""
print(b, repr(b), list(b[:3]), b[1], b[1:2], len(b), b.isascii(), bytes(3), bytes([65, 66]), bytes.fromhex("de ad be ef"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cab", 97 in b"abc", b"x,y".split(b","), b" pad ".strip(), b"%d-%s" % (5, b"z"), b"abc".center(7, b"*"))
print("héllo".encode("utf-8"), "héllo".encode("latin-1"), b"h\xc3\xa9llo".decode(), "h€".encode("ascii", "replace"), "h€".encode("ascii", "ignore"), "h€".encode("ascii", "xmlcharrefreplace"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end, e.reason)
print(b"\xff\xfe".decode("utf-8", "replace"), b"\xff".decode("utf-8", "backslashreplace"), b"caf\xe9".decode("latin-1"))
ba = bytearray(5)
ba[1:3] = b"xyz"
ba.extend(range(3)); ba.insert(0, 66); ba.reverse()
print(ba, ba.pop(), ba.remove(120) or ba, bytearray(b"abc") == b"abc", bytearray.fromhex("4142"))
del ba[::2]
print(ba, ba * 2, ba.zfill(8) if hasattr(ba, "zfill") else "")
rec = struct.pack(">HhIf3s?", 65535, -2, 2**32 - 1, 1.5, b"ab", True)
print(rec, len(rec), struct.calcsize(">HhIf3s?"), struct.unpack(">HhIf3s?", rec))
print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.pack("<q", -1), struct.unpack_from("<H", b"\x00\x01\x02", 1))
try:
    struct.pack(">H", 70000)
except struct.error as e:
    print("struct.error:", e)
for rec in struct.iter_unpack("<bh", b"\x01\x02\x00\x03\x04\x00"):
    print(rec)
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "little", signed=True), (1024).to_bytes(4, byteorder="big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(bytes(memoryview(b"abcdef")[::2]), memoryview(b"ab") == b"ab", hash(memoryview(b"ab")) == hash(b"ab"))
m2 = memoryview(bytearray(range(12))).cast("B", (3, 4))
print(m2.shape, m2.tolist(), m2[1, 2])
