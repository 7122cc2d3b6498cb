import gc, sys
gc.disable()
def full():
    a = 1
    return sys._getframe()
def holes():
    a = 1
    b = 2
    del a, b
    c = 3
    return sys._getframe()
def live(n):
    x = 1
    if n:
        del x
    return locals()
fr1 = full(); fr2 = holes()
gc.collect()
r = []
c = gc.get_count
r.append(c())
fr1.f_locals; r.append(c())
fr2.f_locals; r.append(c())
fr2.f_locals; r.append(c())
live(0); r.append(c())
live(1); r.append(c())
gc.collect(); r.append(c())
live(1); r.append(c())
try:
    raise KeyError
except KeyError:
    gc.collect(); r.append(c())
    fr3 = holes(); r.append(c())
    fr3.f_locals; r.append(c())
print(r)
