# memoryview over array.array, bytes and bytearray: formats, casts,
# shapes, item reads and writes through to the exporter, exports.
import array
import struct


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = array.array('i', [1, 2, 3, 4])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly)
print(m.contiguous, m.c_contiguous, m.f_contiguous, m.suboffsets, m.obj is a)
print(m.tolist(), m[1], m[-1], m[1:3].tolist(), m[::2].tolist(), len(m))
m[0] = 100
print(a)
t('str item', lambda: m.__setitem__(0, 'x'))
t('big item', lambda: m.__setitem__(0, 2 ** 40))
t('float item', lambda: m.__setitem__(0, 1.5))
t('index', lambda: m[4])
t('append while exported', lambda: a.append(5))
t('pop while exported', lambda: a.pop())
a[1] = 20
print(m.tolist())

b = m.cast('B')
print(len(b), b.format, b.tolist()[:8], b.shape, b.nbytes)
b[4] = 7
print(a)
t('cast non-byte', lambda: m.cast('I'))
print(b.cast('h').tolist())
g = b.cast('i', shape=[2, 2])
print(g.tolist(), g.shape, g.strides, g.ndim, g[1, 0], len(g))
t('sub-view', lambda: g[1])
t('iter 2-d', lambda: list(g))
t('short tuple', lambda: g[(1,)])
t('long tuple', lambda: g[1, 0, 0])
t('bad shape', lambda: b.cast('i', [3]))
t('bad format', lambda: b.cast('x'))
t('not native', lambda: b.cast('<i'))
print(b.cast('@i').format)
t('not contiguous', lambda: m[::2].cast('B'))
t('shape type', lambda: b.cast('B', shape=5))
print(g.cast('B').shape)

m.release()
t('still exported', lambda: a.append(5))
del b, g
a.append(5)
print(a, repr(m).startswith('<released memory at 0x'))
t('released', lambda: m.tolist())

print(memoryview(b'abcdefgh').cast('I').tolist())
print(memoryview(b'abc').cast('c').tolist())
print(memoryview(b'\x01\x00').cast('?').tolist())
print(memoryview(bytearray(8)).cast('f').tolist())
ba = bytearray(8)
mm = memoryview(ba).cast('H')
mm[1] = 0xffff
print(ba, mm.tobytes(), mm.hex(), mm.tolist())
t('negative H', lambda: mm.__setitem__(0, -1))
t('too big H', lambda: mm.__setitem__(0, 70000))
print(mm == memoryview(bytes(ba)).cast('H'), mm == bytes(ba), mm != bytes(ba))
print(hash(memoryview(b'ab').cast('c')) == hash(b'ab'))
t('hash i', lambda: hash(memoryview(b'abcd').cast('i')))
t('hash writable', lambda: hash(memoryview(bytearray(2))))
print(memoryview(array.array('i', [1, 2])) == array.array('i', [1, 2]))
print(memoryview(array.array('b', [1, 2])) == b'\x01\x02')
d = array.array('d', [1.5, 2.5])
md = memoryview(d)
print(md.format, md.tolist(), md.nbytes, bytes(md))
md[1] = 7
print(d)
print(struct.unpack('<ii', memoryview(array.array('i', [5, 6]))))
buf = bytearray(8)
struct.pack_into('<ii', memoryview(buf), 0, 7, 8)
print(buf)
print(bytes(memoryview(array.array('h', [1, -1]))))
print(list(memoryview(array.array('h', [1, -1]))))
print(memoryview(array.array('u', 'ab')).format)
t('format w', lambda: memoryview(array.array('u', 'ab')).tolist())
print(memoryview(array.array('f', [0.1])).tolist())
print(memoryview(array.array('q', [-1])).cast('B').cast('Q').tolist())
x = memoryview(bytearray(b'abcd'))
print(x[1:3].cast('H').tolist(), x[::2].tobytes(), x.cast('B', shape=[2, 2]).tobytes())
x[1:3] = b'XY'
print(x.obj)
t('slice structure', lambda: x.__setitem__(slice(0, 2), b'abc'))
z = memoryview(b'abcd').cast('i', shape=[])
print(z.shape, z.ndim, z.tolist() == z[()], len(z))
t('0-dim index', lambda: z[0])
with memoryview(array.array('B', [1, 2, 3])) as w:
    print(w.tolist(), w.toreadonly().readonly)
print(repr(w).startswith('<released memory at 0x'))
