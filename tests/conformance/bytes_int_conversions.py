# ints and bytes: int.to_bytes / int.from_bytes (byte order, signed,
# lengths, subclasses), int() and float() of bytes and bytearray, and the
# OverflowError/ValueError/TypeError messages of bad conversions.
def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes(), (0).to_bytes(0, 'big'))
print((2**64 - 1).to_bytes(8, byteorder='little'), (-129).to_bytes(2, 'little', signed=True), True.to_bytes(1, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2], 'little'), int.from_bytes(b''), int.from_bytes(bytearray(b'\x80'), 'big', signed=True))
print(int.from_bytes(b'\x01' * 10, 'big'), int.from_bytes(byteorder='little', bytes=b'\x00\x01'))
class Flags(int):
    pass
f = Flags.from_bytes(b'\x03', 'big')
print(f, type(f).__name__)
for n in (0, 1, 127, 128, 255, 256, -1, -128, -129, 2**31, -2**31):
    size = (n.bit_length() + 8) // 8
    data = n.to_bytes(size, 'big', signed=True)
    print(n, data, int.from_bytes(data, 'big', signed=True) == n)
print(int(b'12'), int(b' -7 '), int(bytearray(b'42')), int(b'ff', 16), int(b'0x1f', 0), float(b'1.5'), float(bytearray(b' -2e3 ')))
attempt('(256).to_bytes(1, "big")', lambda: (256).to_bytes(1, 'big'))
attempt('(-1).to_bytes(1, "big")', lambda: (-1).to_bytes(1, 'big'))
attempt('(128).to_bytes(1, "big", signed=True)', lambda: (128).to_bytes(1, 'big', signed=True))
attempt('(1).to_bytes(1, "middle")', lambda: (1).to_bytes(1, 'middle'))
attempt('(1).to_bytes(-1, "big")', lambda: (1).to_bytes(-1, 'big'))
attempt('(1).to_bytes(0, "big")', lambda: (1).to_bytes(0, 'big'))
attempt('int.from_bytes("ab", "big")', lambda: int.from_bytes('ab', 'big'))
attempt("int(b'x')", lambda: int(b'x'))
attempt("int(b'1.5')", lambda: int(b'1.5'))
attempt("float(b'abc')", lambda: float(b'abc'))
