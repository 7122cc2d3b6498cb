# The empty tuple is a singleton (tuple_get_empty): every way of making an
# empty exact tuple gives the same object, which is never counted by the
# collector and never dies; a tuple subclass's empty instances are new.
import gc

E = ()


def args(*a):
    return a


def same(label, t):
    print(label, t is E, type(t).__name__, len(t))


same('tuple()', tuple())
same('tuple([])', tuple([]))
same('tuple(range(0))', tuple(range(0)))
same('tuple(genexpr)', tuple(x for x in []))
same('()[0:0]', E[0:0])
same('slice past end', (1, 2)[5:])
same('empty slice', (1, 2, 3)[2:1])
same('step slice', (1, 2, 3)[::-1][3:])
same('() + ()', E + ())
same('t * 0', (1, 2) * 0)
same('() * 5', E * 5)
same('*args', args())
same('tuple(())', tuple(E))
same('tuple.__new__', tuple.__new__(tuple))
same('divmod-free', tuple({}.keys()))
same('zip()', tuple(zip()))
same('str.split', tuple(''.split()))


class T(tuple):
    pass


t1, t2 = T(), T()
print('subclass', t1 is E, t1 is t2, t1 == E, type(t1).__name__)
print('untracked', gc.is_tracked(E), gc.is_tracked(tuple()))


def count_empty_tuples(n):
    gc.collect()
    before = gc.get_count()[0]
    keep = [tuple() for _ in range(n)]
    after = gc.get_count()[0]
    return after - before, all(k is E for k in keep)


# Only the list is allocated: the n empty tuples are the singleton.
print('allocations', count_empty_tuples(50))
d = {(): 'empty'}
print(d[tuple([])], d[E[:]], hash(()) == hash(tuple()))
