# A binary record file built with struct: Employee objects serialized to a
# bytes blob (a header with a count, fixed-size records with a
# length-prefixed name), read back into new objects; the originals are kept
# in a WeakValueDictionary and die when the program drops them, while the
# blob survives; iter_unpack over a table of readings.
import struct, weakref

HEADER = struct.Struct('<4sH')
RECORD = struct.Struct('<I16pdB')

class Employee:
    def __init__(self, ident, name, salary, level):
        self.ident, self.name, self.salary, self.level = ident, name, salary, level
    def __repr__(self):
        return f'Employee({self.ident}, {self.name!r}, {self.salary}, {self.level})'
    def __del__(self):
        print('  free', self.name)

staff = [Employee(1, 'ada', 5200.5, 3), Employee(2, 'grace', 6100.25, 4), Employee(3, 'linus', 4800.0, 2)]
index = weakref.WeakValueDictionary((e.ident, e) for e in staff)

def dump(people):
    parts = [HEADER.pack(b'EMPS', len(people))]
    for p in people:
        parts.append(RECORD.pack(p.ident, p.name.encode(), p.salary, p.level))
    return b''.join(parts)

def load(blob):
    magic, count = HEADER.unpack_from(blob, 0)
    assert magic == b'EMPS'
    out = []
    for k in range(count):
        ident, name, salary, level = RECORD.unpack_from(blob, HEADER.size + k * RECORD.size)
        out.append(Employee(ident, name.decode(), salary, level))
    return out

blob = dump(staff)
print(len(blob), HEADER.size, RECORD.size, blob[:6], blob[6:12].hex())
print("drop the originals")
staff = None
print("index:", sorted(index.keys()))
copies = load(blob)
print(copies)
print("drop one copy")
del copies[1]
print("bytes still there:", len(blob))
copies.clear()

readings = struct.pack('<6h', 10, -20, 30, -40, 50, -60)
pairs = list(struct.iter_unpack('<hh', readings))
print(pairs, sum(a for a, b in pairs), struct.calcsize('<hh') * len(pairs) == len(readings))
it = struct.iter_unpack('<h', readings)
print(next(it), it.__length_hint__(), list(it))
buf = bytearray(RECORD.size)
RECORD.pack_into(buf, 0, 9, b'x' * 40, 1.5, 255)
print(RECORD.unpack(buf))
try:
    RECORD.pack(1, b'n', 1.0, 256)
except struct.error as e:
    print('error:', e)
