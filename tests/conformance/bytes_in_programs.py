# Ordinary programs with bytes: building a message, a checksum, a simple
# length-prefixed framing, hex dumps, a cache keyed by bytes whose values
# are collected, and a module-level bytes constant as CPython's test files
# have (b'...' at import time).
import weakref

MAGIC = b'\x89PNG\r\n\x1a\n'
print(MAGIC[:4], len(MAGIC), MAGIC.startswith(b'\x89'))

def frame2(payload):
    return bytes([len(payload) >> 8, len(payload) & 255]) + payload

def unframe(data):
    out = []
    while data:
        n = data[0] * 256 + data[1]
        out.append(data[2:2 + n])
        data = data[2 + n:]
    return out

stream = b''.join(frame2(p) for p in [b'hello', b'', b'world!'])
print(stream, unframe(stream))

def checksum(data):
    total = 0
    for byte in data:
        total = (total * 31 + byte) & 0xFFFFFFFF
    return total

print(checksum(b'hello world'), checksum(bytearray(b'hello world')))

def hexdump(data, width=8):
    for i in range(0, len(data), width):
        chunk = data[i:i + width]
        text = ''.join(chr(c) if 32 <= c < 127 else '.' for c in chunk)
        print(f'{i:04x}  ' + chunk.hex(' ').ljust(width * 3) + ' ' + text)

hexdump(b'The quick brown fox\x00\x01\xff')

class Blob:
    def __init__(self, data):
        self.data = data
    def __del__(self):
        print('Blob freed', self.data[:3])

cache = weakref.WeakValueDictionary()
blob = Blob(b'abcdef')
cache[b'key'] = blob
print(b'key' in cache, cache[b'key'].data)
del blob
print(b'key' in cache, len(cache))
message = 'Grüße, 世界'.encode()
print(message, len(message), message.decode(), message.decode('ascii', 'replace'))
