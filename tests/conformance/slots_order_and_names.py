# What type_new does with the names of __slots__: private names are
# mangled (__x -> _C__x); the member descriptors appear in the class
# __dict__ SORTED, and subtype_dealloc releases the slot values in that
# sorted order, the class's own slots before its base's; errors come in
# CPython's order (each item: a str, then an identifier; then the
# conflicts with class variables).


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class S:
    __slots__ = ('zeta', 'alpha', '__hidden', 'mid')

    def fill(self):
        self.zeta = D('zeta')
        self.alpha = D('alpha')
        self.__hidden = D('hidden')
        self.mid = D('mid')


print([k for k in S.__dict__ if not k.startswith('__') and k != 'fill'])
print(S.__slots__)
s = S()
s.fill()
print(s._S__hidden.n)
del s
print("--")


class Base:
    __slots__ = ('b2', 'b1')


class Child(Base):
    __slots__ = ('c2', 'c1')


c = Child()
c.b1 = D('b1')
c.b2 = D('b2')
c.c1 = D('c1')
c.c2 = D('c2')
del c
print("--")


class _Under:
    __slots__ = ('__p',)


print([k for k in _Under.__dict__ if 'p' in k and not k.startswith('__')])


class ___:
    __slots__ = ('__q',)


print([k for k in ___.__dict__ if 'q' in k])


def attempt(label, make):
    try:
        make()
        print(label, "-> ok")
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def not_identifier_before_conflict():
    class A:
        x = 1
        __slots__ = ('x', '1bad')


def conflict():
    class A:
        x = 1
        __slots__ = ('y', 'x')


def mangled_conflict():
    class A:
        _A__z = 1
        __slots__ = ('__z',)


def not_str():
    class A:
        __slots__ = ('ok', 3)


def bad_then_not_str():
    class A:
        __slots__ = ('1bad', 3)


def not_iterable():
    class A:
        __slots__ = 5


def duplicate_plain():
    class A:
        __slots__ = ('x', 'x')


def dict_slot_with_dict_attr():
    class A:
        __dict__ = 1
        __slots__ = ('__dict__',)


def list_of_slots():
    class A:
        __slots__ = ['b', 'a']
    print(A.__slots__, [k for k in A.__dict__ if len(k) == 1])


for label, make in [
    ("identifier checked before conflicts", not_identifier_before_conflict),
    ("conflict with a class variable", conflict),
    ("mangled name conflicts", mangled_conflict),
    ("an int in __slots__", not_str),
    ("bad identifier before a non-str", bad_then_not_str),
    ("__slots__ = 5", not_iterable),
    ("a name twice", duplicate_plain),
    ("__dict__ slot and a __dict__ class attribute", dict_slot_with_dict_attr),
    ("a list", list_of_slots),
]:
    attempt(label, make)
