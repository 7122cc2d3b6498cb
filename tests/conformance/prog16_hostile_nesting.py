import gc, weakref, sys
x = []
for i in range(5000):
    x = [x]
del x
print("deep list freed")
d = {}
for i in range(5000):
    d = {"k": d}
del d
print("deep dict freed")
t = ()
for i in range(5000):
    t = (t,)
del t
print("deep tuple freed")
class N: pass
n = None
for i in range(5000):
    m = N(); m.next = n; n = m
del n, m
print("deep instance chain freed")
r = range(10**18)
print(len(range(0, 10**6, 7)), r[10**17], 10**17 in r)
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError", e)
print(range(10**20)[-1] == 10**20 - 1)
big = [None] * 1000000
del big
print(gc.collect() >= 0)
