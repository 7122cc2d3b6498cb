# bytes operators: + with bytes and bytearray, * and reflected *, printf
# style % with %s %b %d %x %r %a %c and mapping keys, comparisons in memcmp
# order, equality with str False, and the TypeErrors of mixing str.
def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), b'ab' * 3, 2 * b'xy', b'a' * 0, b'a' * -1)
print(b'%s and %s' % (b'one', b'two'), b'%d|%5d|%-4d|%x|%X|%o' % (42, 7, 3, 255, 255, 8))
print(b'%r %a' % (b'q', 'caf\xe9'), b'%c%c' % (65, b'z'), b'%(name)s=%(v)d' % {b'name': b'x', b'v': 3})
print(b'100%%' % (), b'%5s|%-5s|' % (b'ab', b'cd'), b'%.2f' % 3.14159)
print(b'a' < b'b', b'ab' < b'b', b'abc' > b'ab', b'' < b'\x00', b'\xff' > b'\x7f', b'x' <= b'x', b'y' >= b'z')
print(b'a' == b'a', b'a' == 'a', b'a' != 'a', b'ab' == bytearray(b'ab'), sorted([b'b', b'ab', b'a', b'']))
attempt("b'a' + 'b'", lambda: b'a' + 'b')
attempt("'a' + b'b'", lambda: 'a' + b'b')
attempt("b'a' + 1", lambda: b'a' + 1)
attempt("b'a' * 'x'", lambda: b'a' * 'x')
attempt("b'a' < 'a'", lambda: b'a' < 'a')
attempt("b'%s' % 'text'", lambda: b'%s' % 'text')
attempt("b'%d' % b'1'", lambda: b'%d' % b'1')
attempt("b'%s %s' % (b'one',)", lambda: b'%s %s' % (b'one',))
attempt("b'%s' % (b'a', b'b')", lambda: b'%s' % (b'a', b'b'))
attempt("b'a' - b'a'", lambda: b'a' - b'a')
attempt("-b'a'", lambda: -b'a')
attempt("b'%c' % 300", lambda: b'%c' % 300)
