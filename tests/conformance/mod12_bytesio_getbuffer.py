# io.BytesIO.getbuffer(): a writable view of the buffer; writes through it
# are the BytesIO's data; while a view lives unreleased, write, truncate and
# close raise BufferError (the export count), reading and seeking do not;
# release(), a with block or the view's death end the export.
import io

b = io.BytesIO(b"hello world")
m = b.getbuffer()
print(type(m).__name__, m.format, m.itemsize, len(m), m.readonly, bytes(m))
m[0] = ord("J")
m[6:11] = b"WORLD"
print(b.getvalue(), b.read(5), b.seek(0, 2), b.tell())
for op in (lambda: b.write(b"x"), lambda: b.truncate(2), b.close, lambda: b.writelines([b"a"])):
    try:
        op()
    except BufferError as e:
        print("BufferError:", e)
m2 = b.getbuffer()
m.release()
print(repr(m)[:15])
try:
    b.write(b"!")
except BufferError as e:
    print("BufferError still:", e)
del m2
b.seek(0)
print(b.write(b"!!"), b.getvalue())
with b.getbuffer() as view:
    view[-1] = ord("?")
print(b.getvalue(), b.truncate(5), b.getvalue())
e = io.BytesIO()
print(len(e.getbuffer()), e.getvalue())
b.close()
try:
    b.getbuffer()
except ValueError as err:
    print("ValueError:", err)
