# int() of text-like objects (PyNumber_Long): a str subclass's instance is
# read as its text, a memoryview through its buffer (its bytes in the
# message), and only str, bytes and bytearray take an explicit base.
class S(str):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


for x in [S('100'), B(b'100'), BA(b'100'), memoryview(b'100'), memoryview(b'x100')[1:], S(' 1_0 ')]:
    for args in [(), (2,)]:
        try:
            print(type(x).__name__, int(x, *args))
        except (TypeError, ValueError) as e:
            print(type(x).__name__, type(e).__name__, e)
for x in [memoryview(b'AAAA'), S('AA'), BA(b'1.5')]:
    try:
        print(int(x))
    except ValueError as e:
        print(type(e).__name__, e)
