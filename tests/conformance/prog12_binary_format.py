"""A struct/array/bytes binary format encoder."""
import struct
import array
import zlib
import io
from collections import namedtuple

MAGIC = b"GCLB"
HEADER = struct.Struct("<4sHHI")
Record = namedtuple("Record", "id kind value name")
REC = struct.Struct("<IBd")


def encode(records, *, version=1):
    body = io.BytesIO()
    for r in records:
        name = r.name.encode("utf-8")
        body.write(REC.pack(r.id, r.kind, r.value))
        body.write(struct.pack("<H", len(name)))
        body.write(name)
    payload = body.getvalue()
    header = HEADER.pack(MAGIC, version, len(records), zlib.crc32(payload))
    return header + payload


def decode(blob):
    magic, version, count, crc = HEADER.unpack_from(blob, 0)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    payload = memoryview(blob)[HEADER.size:]
    if zlib.crc32(payload) != crc:
        raise ValueError("checksum mismatch")
    off = 0
    out = []
    for _ in range(count):
        rid, kind, value = REC.unpack_from(payload, off)
        off += REC.size
        (n,) = struct.unpack_from("<H", payload, off)
        off += 2
        name = bytes(payload[off:off + n]).decode("utf-8")
        off += n
        out.append(Record(rid, kind, value, name))
    return version, out


recs = [Record(1, 0, 3.5, "alpha"), Record(2, 7, -0.25, "βeta"), Record(300, 255, 1e10, "")]
blob = encode(recs)
print("size:", len(blob), "header:", HEADER.size, "rec:", REC.size)
print(blob[:16].hex(" "))
print(decode(blob))
corrupt = bytearray(blob)
corrupt[-1] ^= 0xFF
for bad in (bytes(corrupt), b"XXXX" + blob[4:]):
    try:
        decode(bad)
    except ValueError as e:
        print("error:", e)
try:
    REC.pack(-1, 0, 0.0)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
samples = array.array("h", [0, 1000, -1000, 32767])
print(samples, samples.itemsize, samples.tobytes().hex())
samples.byteswap()
print(list(samples))
floats = array.array("d", (i / 4 for i in range(5)))
print(floats.tolist(), sum(floats), floats[1:3])
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.extend(b" world")
ba += bytes([33])
print(ba, ba.upper(), ba.find(b"o"), bytes(ba).split(b" "))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-2).to_bytes(2, "big", signed=True))
print(struct.calcsize("@iqc"), struct.calcsize("=iqc"), struct.pack(">q", -1).hex())
bits = 0b1011_0110
print(f"{bits:#010b}", bin(bits), bits.bit_length(), bits.bit_count())
comp = zlib.compress(b"abc" * 100)
print(len(comp), zlib.decompress(comp)[:9], zlib.adler32(b"abc"))
mv = memoryview(b"abcdef")
print(mv[1:4].tobytes(), mv[0], len(mv), mv.nbytes)
print(bytes.fromhex("de ad be ef"), b"\x00\xff".hex(), b"a,b".partition(b","))
