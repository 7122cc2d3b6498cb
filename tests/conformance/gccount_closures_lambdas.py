# Functions made at run time: a def or lambda makes a function object; a
# closure also makes a cell per captured variable and the closure tuple.
import gc
gc.disable()  # only the counts: no automatic collection

def make_adder(n):
    def add(x):
        return x + n
    return add

gc.collect()
r = [gc.get_count()[0]]
f = lambda: 1
r.append(gc.get_count()[0])
adders = [make_adder(i) for i in range(5)]
r.append(gc.get_count()[0])
print(adders[2](1), [x - r[0] for x in r])
