# bytes(): no argument, a count, an iterable of ints, a str with an
# encoding (and errors), another bytes-like, an object with __bytes__,
# bytes.fromhex, and the TypeError/ValueError messages of bad arguments.
def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(bytes(), bytes(4), bytes([72, 105]), bytes(range(65, 70)), bytes((1, 2)))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', 'latin-1'), bytes('a€b', 'ascii', 'replace'))
print(bytes(b'copy'), bytes(bytearray(b'ba')), bytes(x for x in (97, 98)), bytes([True, False]))
class HasBytes:
    def __bytes__(self):
        return b'from __bytes__'
print(bytes(HasBytes()), bytes.fromhex('48 65 6c6c 6f'), bytes.fromhex(''), bytes.fromhex('FF'))
b = b'same'
print(bytes(b) is b)
attempt("bytes('abc')", lambda: bytes('abc'))
attempt('bytes(-1)', lambda: bytes(-1))
attempt('bytes([256])', lambda: bytes([256]))
attempt('bytes([-1])', lambda: bytes([-1]))
attempt('bytes([1.5])', lambda: bytes([1.5]))
attempt('bytes(1.5)', lambda: bytes(1.5))
attempt('bytes(None)', lambda: bytes(None))
attempt("bytes('a', 'no-such-codec')", lambda: bytes('a', 'no-such-codec'))
attempt("bytes(b'a', 'utf-8')", lambda: bytes(b'a', 'utf-8'))
attempt('bytes(1, 2, 3, 4)', lambda: bytes(1, 2, 3, 4))
attempt('bytes(x=1)', lambda: bytes(x=1))
attempt("bytes.fromhex('zz')", lambda: bytes.fromhex('zz'))
attempt("bytes.fromhex('abc')", lambda: bytes.fromhex('abc'))
attempt("bytes.fromhex(b'ab')", lambda: bytes.fromhex(b'ab'))
attempt("bytes('é', 'ascii')", lambda: bytes('é', 'ascii'))
