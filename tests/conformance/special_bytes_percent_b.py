# b'%b' % x: bytes-likes first, then __bytes__ looked up on type(x) (the
# proxy type included), then the TypeError naming the type
# (bytesobject.c format_obj).
import weakref


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class C:
    def __bytes__(self):
        return b"C-bytes"


class Bad:
    def __bytes__(self):
        return 42


class BA(bytearray):
    def __bytes__(self):
        return b"never asked"


c = C()
show(lambda: b"[%b]" % c)
show(lambda: b"[%b]" % weakref.proxy(c))
show(lambda: b"[%b]" % BA(b"raw"))
show(lambda: b"[%b]" % Bad())
show(lambda: b"[%b]" % object())
show(lambda: b"[%b]" % weakref.proxy(BA(b"x")))
show(lambda: b"%b and %s" % (c, c))
