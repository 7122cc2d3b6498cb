import gc, weakref, sys

def factory():
    class Local:
        count = 0
        def method(self):
            return self
    return Local

C = factory()
w = weakref.ref(C)
print("refs to class >", sys.getrefcount(C) > 2)
print("class in mro cycle:", C.__mro__[0] is C)
del C
print("alive after del:", w() is not None)
gc.collect()
print("alive after collect:", w() is not None)

class Keep:
    pass
k = Keep()
C2 = factory()
inst = C2()
w2 = weakref.ref(C2)
del C2
gc.collect()
print("alive while instance exists:", w2() is not None)
del inst
gc.collect()
print("after instance gone:", w2() is None)
