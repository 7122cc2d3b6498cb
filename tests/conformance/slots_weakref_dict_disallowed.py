# __slots__ declaring __weakref__ or __dict__ where the best base already
# provides it raises CPython's TypeError (type_new_visit_slots), for every
# way a base can provide it: a class without __slots__, a slotted base
# that declared it, a grandparent, an exception base (which has a
# __dict__ but no __weakref__), and a name declared twice; where no base
# provides it (an empty-slots first base, object, weakref.ref), it is
# allowed and the instances really get the slot.
import weakref


def attempt(label, make):
    try:
        cls = make()
    except TypeError as e:
        print(label, "-> TypeError:", e)
    else:
        print(label, "-> ok:", cls.__name__)
        return cls


class Plain:
    pass


class WithWeak:
    __slots__ = ('__weakref__',)


class WithDict:
    __slots__ = ('__dict__',)


class WithBoth:
    __slots__ = ('__dict__', '__weakref__')


class Empty:
    __slots__ = ()


def weak_below_plain():
    class A(Plain):
        __slots__ = ('__weakref__',)
    return A


def dict_below_plain():
    class A(Plain):
        __slots__ = ('__dict__',)
    return A


def weak_below_weak():
    class A(WithWeak):
        __slots__ = ('__weakref__',)
    return A


def dict_below_dict():
    class A(WithDict):
        __slots__ = ('__dict__',)
    return A


def dict_below_both():
    class A(WithBoth):
        __slots__ = ('__dict__',)
    return A


def weak_as_str_below_plain():
    class A(Plain):
        __slots__ = '__weakref__'
    return A


def weak_below_grandparent():
    class Mid(WithWeak):
        pass
    class A(Mid):
        __slots__ = ('__weakref__',)
    return A


def weak_twice():
    class A:
        __slots__ = ('__weakref__', '__weakref__')
    return A


def dict_twice():
    class A:
        __slots__ = ('__dict__', 'x', '__dict__')
    return A


def dict_then_weak_second_fails():
    class A(WithWeak):
        __slots__ = ('__dict__', '__weakref__')
    return A


def weak_below_empty():
    class A(Empty):
        __slots__ = ('__weakref__',)
    return A


def weak_first_base_empty_second_plain():
    class A(Empty, Plain):
        __slots__ = ('__weakref__',)
    return A


def dict_first_base_empty_second_plain():
    class A(Empty, Plain):
        __slots__ = ('__dict__',)
    return A


def weak_first_base_plain_second_empty():
    class A(Plain, Empty):
        __slots__ = ('__weakref__',)
    return A


def weak_below_exception():
    class A(Exception):
        __slots__ = ('__weakref__',)
    return A


def dict_below_exception():
    class A(Exception):
        __slots__ = ('__dict__',)
    return A


def weak_below_ref():
    class A(weakref.ref):
        __slots__ = ('__weakref__',)
    return A


def weak_below_object():
    class A(object):
        __slots__ = ('x', '__weakref__')
    return A


for label, make in [
    ("__weakref__ below a plain class", weak_below_plain),
    ("__dict__ below a plain class", dict_below_plain),
    ("__weakref__ below __slots__ = ('__weakref__',)", weak_below_weak),
    ("__dict__ below __slots__ = ('__dict__',)", dict_below_dict),
    ("__dict__ below both", dict_below_both),
    ("'__weakref__' as a str below a plain class", weak_as_str_below_plain),
    ("__weakref__ below a grandparent that has it", weak_below_grandparent),
    ("__weakref__ twice", weak_twice),
    ("__dict__ twice", dict_twice),
    ("__dict__ then __weakref__ below WithWeak", dict_then_weak_second_fails),
    ("__weakref__ below an empty-slots class", weak_below_empty),
    ("__weakref__ with bases (Empty, Plain)", weak_first_base_empty_second_plain),
    ("__dict__ with bases (Empty, Plain)", dict_first_base_empty_second_plain),
    ("__weakref__ with bases (Plain, Empty)", weak_first_base_plain_second_empty),
    ("__weakref__ below Exception", weak_below_exception),
    ("__dict__ below Exception", dict_below_exception),
    ("__weakref__ below weakref.ref", weak_below_ref),
    ("x and __weakref__ below object", weak_below_object),
]:
    attempt(label, make)

# Where it is allowed, the slot works: instances can be weakly referenced.
A = weak_below_empty()
a = A()
r = weakref.ref(a)
print(r() is a)
del a
print(r())
B = weak_below_object()
b = B()
b.x = 1
print(weakref.getweakrefcount(b), weakref.ref(b)() is b)
try:
    weakref.ref(Empty())
except TypeError as e:
    print("TypeError:", e)
