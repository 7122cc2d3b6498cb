# struct: pack/unpack/calcsize/pack_into/unpack_from/iter_unpack and Struct
# for every format code in native (@, aligned) and standard (<, >, !, =)
# modes, IEEE half/single/double rounding, subnormals, inf and nan, the
# integer range errors worded as the C module, bad formats, buffer size
# errors, and the _struct.Struct type name.
import struct
tests = ['struct.pack("i", 2**31)', 'struct.pack("b", 200)','struct.pack("B", -1)','struct.pack("h", 1.5)','struct.pack("i")','struct.pack("i", 1, 2)','struct.unpack("i", b"abc")','struct.pack("z", 1)','struct.calcsize("ibq")','struct.calcsize("<ibq")','struct.pack("?", [])','struct.pack("3s", b"abcdef")','struct.pack("5p", b"ab")','struct.pack("e", 1.5)','struct.pack("f", 1e40)','struct.pack("c", b"ab")','struct.pack("c", "a")','struct.pack("s", "a")','struct.pack("Q", -1)','struct.pack("q", 2**63)','struct.pack("H", 70000)','struct.pack("I", 2**32)','struct.pack("l", 2**63)','struct.pack("d", "x")','struct.pack("i", "x")','struct.unpack("<I", b"\\x01\\x00\\x00\\x00")', 'struct.pack(">hhl", 1, 2, 3)', 'struct.pack("@hhl", 1, 2, 3)', 'struct.pack("=f", 3.14)', 'list(struct.iter_unpack("<h", b"\\x01\\x00\\x02\\x00"))', 'struct.pack("2x i", 5)', 'struct.pack("n", 5)', 'struct.pack("<n", 5)', 'struct.pack("P", 5)', 'struct.unpack_from("<h", b"xx\\x01\\x00", 2)', 'struct.unpack_from("<h", b"x", 0)', 'struct.pack("!i", -2)', 'struct.pack("<?", 5)', 'struct.unpack("<?", b"\\x05")', 'struct.pack("<d", float("nan"))', 'struct.unpack("<e", b"\\x00\\x3c")', 'struct.pack("<3i", 1, 2, 3)', 'struct.pack("i", True)', 'struct.pack("i", 2.0)','struct.Struct(5)','struct.pack(b"<i", 1)','struct.calcsize("<0s")',
 'struct.pack("<f", 1e40)','struct.pack("<e", 1e10)','struct.pack("<e", 65519.0)','struct.pack("<e", 65520.0)','struct.pack("<f", 3.4028235677973366e+38)','struct.pack("<f", float("nan"))','struct.pack("<f", -0.0)','struct.pack("<f",1e-46)','struct.pack("<e", 5.96e-8)','struct.unpack("<f", struct.pack("<f", 0.1))','struct.pack("<d", 1)','struct.pack("<f", True)', 'struct.pack("<d", 10**400)', 'struct.pack("4si", b"ab", 1)', 'struct.unpack("4s", b"ab\\x00\\x00")', 'struct.unpack("<5p", b"\\x09abcd")', 'struct.pack("<2c", b"a", b"b")', 'struct.unpack("<2c", b"ab")', 'struct.pack("<Q", 2**64-1)', 'struct.pack("<q", -2**63)', 'struct.pack("<q", 1.0)', 'struct.pack("<i", 10**20)', 'struct.Struct("<ih").unpack(b"\\x01\\x00\\x00\\x00\\x02\\x00")', 'struct.pack("ci", b"a", 1)', 'struct.calcsize("cid")', 'struct.calcsize("dc")','struct.calcsize("<2i3h")', 'struct.calcsize("P?nNe")', 'struct.pack(" < i ", 1)', 'struct.calcsize("i<")', 'struct.calcsize("3")',
 'struct.unpack("<d", struct.pack("<d", 3.141592653589793))', 'struct.unpack(">f", b"\\x7f\\x80\\x00\\x00")', 'struct.unpack("<f", b"\\x01\\x00\\x00\\x00")', 'struct.unpack("<e", b"\\xff\\x7b")', 'struct.unpack("<e", b"\\x01\\x00")', 'struct.pack("<e", 0.1)', 'struct.pack("<f", 16777217.0)', 'struct.pack(">d", -2.5e-310)', 'struct.unpack(">d", b"\\x80\\x00\\x2e\\x05\\x0e\\x5e\\x6f\\x3f")',
 'struct.unpack("<qQ", struct.pack("<qQ", -5, 5))', 'struct.unpack(">HhIi", struct.pack(">HhIi", 65535, -32768, 4294967295, -1))', 'struct.Struct("<ih").size', 'struct.Struct(b"<ih").format', 'struct.unpack_from("<h", b"abcd", -2)', 'struct.unpack_from("<h", b"abcd", -5)', 'struct.iter_unpack("<h", b"abc")', 'struct.iter_unpack("", b"")', 'struct.unpack("<i", bytearray(b"\\x01\\x02\\x03\\x04"))', 'struct.unpack("<i", "abcd")', 'struct.error.__mro__', 'type(struct.iter_unpack("<b", b"a")).__name__']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__module__, type(e).__name__, e)
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, -1)
print(buf)
for args in [("<hh", buf, 6, 1, 2), ("<hh", buf, 0, 1), ("<h", buf, -10, 1)]:
    try:
        struct.pack_into(*args)
    except struct.error as e:
        print("error:", e)
s = struct.Struct("<2s3xB")
print(s.pack(b"hi", 7), s.unpack(s.pack(b"hi", 7)), s.size, s.format)
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError:", e)
