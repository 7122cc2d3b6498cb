# best_base / solid_base: two bases whose __slots__ add instance fields on
# different branches raise "multiple bases have instance lay-out
# conflict"; a base that only adds __dict__/__weakref__ (or nothing) does
# not count; the slotted base need not be first, and its slots still hold
# the values (not the instance __dict__). Exception types with fields of
# their own (OSError, ImportError, AttributeError, ...) conflict with each
# other and with slotted classes.


def attempt(label, make):
    try:
        cls = make()
    except TypeError as e:
        print(label, "-> TypeError:", e)
    else:
        print(label, "-> ok:", [c.__name__ for c in cls.__mro__])
        return cls


class A:
    __slots__ = ('a',)


class B:
    __slots__ = ('b',)


class Plain:
    pass


class OnlyWeak:
    __slots__ = ('__weakref__',)


class SubA(A):
    __slots__ = ()


class SubA2(A):
    __slots__ = ('a2',)


def two_slotted():
    class C(A, B):
        pass
    return C


def slotted_and_plain():
    class C(A, Plain):
        pass
    return C


def plain_then_slotted():
    class C(Plain, A):
        __slots__ = ('c',)
    return C


def weak_only_and_slotted():
    class C(OnlyWeak, A):
        pass
    return C


def same_solid_base():
    class C(SubA, A):
        pass
    return C


def derived_solid_wins():
    class C(SubA, SubA2):
        pass
    return C


def sibling_solids():
    class C(SubA2, B):
        pass
    return C


def exception_and_slotted():
    class C(Exception, A):
        pass
    return C


def exception_and_plain():
    class C(ValueError, Plain):
        pass
    return C


def two_plain_exceptions():
    class C(ValueError, KeyError):
        pass
    return C


def exceptions_with_fields():
    class C(ImportError, AttributeError):
        pass
    return C


def exception_with_fields_and_plain_one():
    class C(StopIteration, TypeError):
        pass
    return C


for label, make in [
    ("(A, B) both slotted", two_slotted),
    ("(A, Plain)", slotted_and_plain),
    ("(Plain, A) with own slots", plain_then_slotted),
    ("(OnlyWeak, A)", weak_only_and_slotted),
    ("(SubA, A)", same_solid_base),
    ("(SubA, SubA2)", derived_solid_wins),
    ("(SubA2, B)", sibling_solids),
    ("(Exception, A)", exception_and_slotted),
    ("(ValueError, Plain)", exception_and_plain),
    ("(ValueError, KeyError)", two_plain_exceptions),
    ("(ImportError, AttributeError)", exceptions_with_fields),
    ("(StopIteration, TypeError)", exception_with_fields_and_plain_one),
]:
    attempt(label, make)

# The slotted base is not first: its slot still holds 'a', the rest goes to __dict__.
C = plain_then_slotted()
c = C()
c.a = 1
c.c = 2
c.other = 3
print(c.a, c.c, c.__dict__)
D = derived_solid_wins()
d = D()
d.a = 'x'
d.a2 = 'y'
print(d.a, d.a2, hasattr(d, '__dict__'))
