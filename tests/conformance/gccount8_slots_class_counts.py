# gc.get_count() deltas of class statements with __slots__, from the state
# gc.collect() leaves: each slot name is a member descriptor; type_new turns
# a str or list __slots__ into a tuple (freed at its end), copies the names
# into a new list (back to the free list) and keeps them as a sorted tuple;
# __dict__ and __weakref__ slots become getset descriptors instead. Bad
# __slots__ raise CPython's errors.
import gc

def count(make):
    gc.collect()
    before = gc.get_count()[0]
    cls = make()
    return gc.get_count()[0] - before

def plain():
    class Plain:
        pass
    return Plain

def empty():
    class Empty:
        __slots__ = ()
    return Empty

def one_str():
    class One:
        __slots__ = 'x'
    return One

def two():
    class Two:
        __slots__ = ('a', 'b')
    return Two

def with_weakref():
    class W:
        __slots__ = ('a', '__weakref__')
    return W

def with_dict():
    class D:
        __slots__ = ('a', '__dict__')
    return D

def from_list():
    class L:
        __slots__ = ['a', 'b', 'c']
    return L

def private():
    class P:
        __slots__ = ('__secret', 'open')
    return P

for make in [plain, empty, one_str, two, with_weakref, with_dict, from_list, private]:
    print(make.__name__, count(make))

Two = two()
gc.collect()
before = gc.get_count()[0]
objs = [Two() for _ in range(5)]
print("five Two instances", gc.get_count()[0] - before)

class Base:
    __slots__ = ('a',)

def sub():
    class Sub(Base):
        __slots__ = ('b',)
    return Sub
print("sub", count(sub))

for bad in ["(1,)", "('a', 'a b')", "('__dict__', '__dict__')", "('x',); x = 1"]:
    try:
        exec("class Bad:\n    __slots__ = " + bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("collect", gc.collect())
