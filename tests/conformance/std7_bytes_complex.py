# bytes, bytearray, memoryview, complex and frozenset: methods, reprs,
# codecs and their errors (immutability, out-of-range byte,
# UnicodeDecodeError), complex arithmetic/formatting/comparison errors,
# frozenset/set mixed operations and result types, int to/from bytes.
b = b"hello world"
print(b, b[0], b[:5], b.upper(), b.split(), b.replace(b"l", b"L"), b.hex(), bytes.fromhex("6869"), list(b"ab"))
print(b.decode(), "héllo".encode(), "héllo".encode("latin-1"), b.find(b"o"), b.count(b"l"), b.startswith(b"he"))
print(bytes(3), bytes([65, 66]), bytes("x", "ascii"), repr(b"\x00\xff'\""), b"%d-%s" % (1, b"x"), b"a" * 3, b"a" + b"b")
ba = bytearray(b"abc"); ba.append(100); ba.extend(b"ef"); ba[0] = 90; del ba[1]
print(ba, len(ba), ba.decode(), bytes(ba), ba.pop(), ba, bytearray(2), ba.hex(":"))
print(b"abc" == bytearray(b"abc"), b"a" < b"b", hash(b"ab") == hash(b"ab"), b" x ".strip(), b"a,b".partition(b","))
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("utf-8", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"))
mv = memoryview(b"abcdef"); print(mv[1], bytes(mv[1:3]), mv.tobytes(), len(mv))
c = complex(1, 2); z = 3 - 4j
print(c, z, c + z, c * z, c / z, abs(z), c.conjugate(), c.real, c.imag, -c, c ** 2, complex("1+2j"), 1j ** 2)
print(repr(complex(0, 0)), complex(-0.0, -1), 2j, 1 + 0j == 1, hash(1 + 0j) == hash(1), complex(1.5), f"{c:.2f}", format(z, "^20"))
try:
    c < z
except TypeError as e:
    print("TypeError", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
fs = frozenset([3, 1, 2]); s = {1, 2}
print(fs, s <= fs, fs - s, fs | {9}, type(fs | s).__name__, type(s | fs).__name__, hash(fs) == hash(frozenset({1, 2, 3})), {fs: 1}[frozenset([1, 2, 3])])
print(sorted(fs), frozenset(), set(), fs.isdisjoint({7}), s.symmetric_difference({2, 3}), s.issubset(fs), fs.union([4], (5,)))
print(int.from_bytes(b"\x00\x10", "big"), (1024).to_bytes(4, "little", signed=True), bytes(range(5)).rjust(7, b"."), b"ab".center(6, b"*"))
