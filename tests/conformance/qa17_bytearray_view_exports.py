# A bytearray with an unreleased memoryview (or a slice or cast of one)
# refuses every change of its length with BufferError and keeps its bytes;
# same-length changes work; release() or the views dying ends the export.
ops = ['append(1)','extend(b"xy")','extend(b"")','insert(0,65)','pop()','pop(0)','remove(98)','clear()','reverse()','__iadd__(b"z")','__iadd__(b"")','__imul__(2)','__imul__(1)','__init__(b"q")','__delitem__(0)','__delitem__(slice(0,2))','__delitem__(slice(None,None,2))','__setitem__(slice(0,1),b"xyz")','__setitem__(slice(0,1),b"x")','__setitem__(0,66)','__setitem__(slice(1,2),b"")','__setitem__(slice(None,None,2),b"12")']
for op in ops:
    b = bytearray(b'abc'); m = memoryview(b)[1:].cast('c')
    try:
        r = eval('b.'+op); print(op, 'ok', b, r)
    except Exception as e: print(op, type(e).__name__, e, b)
    m.release()
    try:
        r = eval('b.'+op); print(op, 'ok', b, r)
    except Exception as e: print(op, type(e).__name__, e, b)
e = bytearray()
m = memoryview(e)
try:
    e.__init__(b"x")
except BufferError as x:
    print("init", x)
e.__init__(b"")
del m
e += b"ok"
print(e)
with memoryview(e) as v:
    try:
        e.append(1)
    except BufferError as x:
        print(x)
e.append(33)
print(e)
# An extended slice given no bytes is deleted (bytearray's own rule), and that
# branch asks for a resize even when the slice is empty.
for init in range(4):
    for op in ['b[::-1] = b""', 'b[::2] = b""', 'b[1::2] = []', 'del b[::-2]', 'b[::1] = b""', 'b[2:0:-1] = b""']:
        b = bytearray(b'abcd'[:init])
        exec(op)
        free = bytes(b)
        b = bytearray(b'abcd'[:init])
        v = memoryview(b)
        try:
            exec(op)
            held = bytes(b)
        except BufferError:
            held = "BufferError"
        print(init, op, free, held)
        v.release()
