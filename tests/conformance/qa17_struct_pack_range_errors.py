# struct.pack's range errors name the packer _struct.c uses: the native
# np_short/np_ushort ("short"/"ushort") for '@', '=' and '<' on a
# little-endian host, the bp_* packers ("'H'") for '>' and '!'; a negative
# value for an unsigned standard code is "argument out of range"; the
# big-endian 8-byte and 'P' packers' overflow is "int too large to convert".
import struct

def attempt(fmt, value):
    try:
        packed = struct.pack(fmt, value)
    except struct.error as e:
        return f"error: {e}"
    except OverflowError as e:
        return f"OverflowError: {e}"
    return packed.hex()

for fmt in ["H", ">H", "<H", "=H", "!H", "B", ">B", "b", "!b", "h", ">h", "<h", "i", ">i", "I", ">I", "<l", ">L", "q", ">Q", ">q", "!q", "<Q", "P", "n", "N"]:
    results = [attempt(fmt, v) for v in (70000000000, -70000000000, 300, -300, 70000, 65535, -1, 2**63, 2**64, -2**63 - 1)]
    print(f"{fmt:>3}: " + " | ".join(results))

class Port:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print(attempt(">H", Port(8080)), attempt(">H", Port(-1)), attempt("<H", Port(-1)))
header = struct.Struct("!HHI")
for fields in [(1, 2, 3), (65536, 0, 0), (0, -1, 0), (0, 0, 2**32)]:
    try:
        print(header.pack(*fields).hex())
    except struct.error as e:
        print("header error:", e)
