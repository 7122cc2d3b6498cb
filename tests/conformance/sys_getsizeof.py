# sys.getsizeof with CPython 3.11's 64-bit sizes: ints by 30-bit digits,
# bools, floats, complex, None, str by kind (ASCII, latin-1, UCS-2, UCS-4),
# bytes, tuples (with the GC header), range, instances of plain and slotted
# classes (managed __dict__ pre-header, __weakref__ slot), classes that
# define __sizeof__ (and the TypeError/ValueError for a bad one), and the
# default argument.
import sys

for v in [0, 1, -1, 2**30 - 1, 2**30, 2**60, -2**90, 10**100, True, False, 0.0, -1.5, 1j, None, ...,
          '', 'a', 'abc', 'é', 'ab€', '\U0001F600', 'a' * 100, 'é' * 10, 'x€\U0001F600',
          b'', b'abc', (), (1,), (1, 2, 3), tuple(range(10)), range(10), range(0)]:
    print(repr(v)[:24], sys.getsizeof(v))

class Plain: pass
class Slotted:
    __slots__ = ('a', 'b')
class SlottedWeak:
    __slots__ = ('a', '__weakref__')
class WithDictSlot:
    __slots__ = ('__dict__',)
class Sub(SlottedWeak): pass
class Empty:
    __slots__ = ()
class More(Slotted):
    __slots__ = ('c',)
for cls in (Plain, Slotted, SlottedWeak, WithDictSlot, Sub, Empty, More):
    o = cls()
    print(cls.__name__, sys.getsizeof(o), o.__sizeof__() if cls is not WithDictSlot else '')

class Buffer:
    def __init__(self, n):
        self.data = [0] * n
    def __sizeof__(self):
        return object.__sizeof__(self) + 8 * len(self.data)
class Fixed:
    __slots__ = ()
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Buffer(10)), sys.getsizeof(Buffer(0)), sys.getsizeof(Fixed()), sys.getsizeof(Plain(), 5))

class Negative:
    def __sizeof__(self):
        return -1
class NotInt:
    def __sizeof__(self):
        return '12'
class Boolean:
    def __sizeof__(self):
        return True
class NoSize:
    __sizeof__ = None
class Raises:
    def __sizeof__(self):
        raise TypeError("no size today")
print(sys.getsizeof(Boolean()))
for o in (Negative(), NotInt(), NoSize(), Raises()):
    try:
        print(sys.getsizeof(o))
    except (TypeError, ValueError) as e:
        print(type(o).__name__, type(e).__name__ + ':', e)
print(sys.getsizeof(NoSize(), 42), sys.getsizeof(Raises(), -7), sys.getsizeof(object=3), sys.getsizeof(NoSize(), default=0))
for bad in ("sys.getsizeof()", "sys.getsizeof(1, 2, 3)", "sys.getsizeof(1, foo=2)"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, 'TypeError:', e)
total = sum(sys.getsizeof(s) for s in ['alpha', 'beta', 'gamma'])
print("three short names:", total)
