# (count17) the namespace copy from the dict free list, restored after session 16 removed it:
# python3 leaves its free lists after an import as cpython-import-free-lists.ts measures.
# type_new (CPython 3.11) copies the class body's namespace into tp_dict
# with PyDict_Copy, a new_dict that takes a dict from the free list; the
# copy goes back to that list when the class dies. With warm free lists a
# class counts its type object, the getset descriptors of __dict__ and
# __weakref__ it adds, and the weak reference its base's __subclasses__()
# keeps (plus what its body makes); gc.get_objects() finds the same.
import gc

gc.disable()


def refill():
    junk = [[i] for i in range(30)] + [{i: i} for i in range(30)]
    junk += [tuple(range(n)) for n in range(1, 5) for _ in range(5)]
    del junk


class B:
    pass


class S:
    __slots__ = ('a',)


def plain():
    class X:
        pass
    return X


def with_method():
    class X:
        def m(self):
            return 1
    return X


def derived():
    class X(B):
        pass
    return X


def slotted():
    class X(S):
        __slots__ = ()
    return X


keep = []


def delta(label, fn):
    refill()
    fn()
    refill()
    a = gc.get_count()[0]
    n = len(gc.get_objects())
    r = fn()
    b = gc.get_count()[0]
    m = len(gc.get_objects())
    keep.append(r)
    print(label, b - a, m - n)


gc.collect()
delta('class X: pass', plain)
delta('class with a method', with_method)
delta('class X(B)', derived)
delta('class X(S) with __slots__ = ()', slotted)
delta("type('X', (), {})", lambda: type('X', (), {}))
delta("type('X', (B,), {'a': 1})", lambda: type('X', (B,), {'a': 1}))

gc.enable()
