# memoryview basics: views of bytes (read-only) and bytearray (shared,
# writable), indexing, slicing to new views, tobytes/tolist/hex, ==, hash,
# the errors of writing read-only memory or bad values, release() and the
# `with` statement, and the view keeping its object alive until released.
import gc
import io
import weakref

m = memoryview(b"hello world")
print(len(m), m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), m.tolist()[:3], m.readonly, m.nbytes)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj)
print(m == b"hello world", m[:5] == b"hello", b"hello" == m[:5], m[6:] == memoryview(b"world"), m.hex(), hash(m[:5]) == hash(b"hello"))
print(list(m[:3]), bytes(m[::-1]), len(m[100:]), m[3:1].tobytes())
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
v[1:3] = b"XY"
print(ba, v.readonly, v.tobytes())
ba[5] = 90
print(v.tobytes(), v[-1])
for f in (lambda: m.__setitem__(0, 1), lambda: v.__setitem__(0, 300), lambda: v.__setitem__(0, "a"),
          lambda: v.__setitem__(slice(0, 2), b"x"), lambda: m[20], lambda: m["a"], lambda: memoryview("abc"),
          lambda: memoryview(3), lambda: hash(v), lambda: m.__delitem__(0)):
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
with memoryview(b"abc") as w:
    print(w.tobytes())
print(repr(w).startswith("<released memory at "))
for f in (lambda: len(w), lambda: w[0], lambda: w.tobytes(), lambda: bytes(w)):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)


class Buffer(bytearray):
    def __del__(self):
        print("buffer reclaimed")


buf = Buffer(b"data")
view = memoryview(buf)
wr = weakref.ref(view)
del buf
print("buffer kept by the view:", view.tobytes(), gc.is_tracked(view))
view.release()
print("released")
del view
print(wr())
buf2 = Buffer(b"again")
view2 = memoryview(buf2)[1:]
del buf2
print(view2.tobytes())
del view2
print("view2 gone")
out = io.BytesIO()
out.write(memoryview(b"via view"))
print(out.getvalue(), b"".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"q")))
