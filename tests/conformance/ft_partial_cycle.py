# functools.partial: arguments bound and merged, nested partials flattened,
# repr, and a partial in a reference cycle (an object holding a partial of
# its own method) reclaimed by the collector, its __del__ run once.
import gc
from functools import partial
gc.disable()

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
print(square(7), square(7, mod=5), square.args, square.keywords)
cube_of_two = partial(partial(power, 2), 3)
print(cube_of_two(), cube_of_two.func is power, cube_of_two.args)
print(repr(partial(max, 1, key=abs)))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)

class Job:
    def __init__(self, name):
        self.name = name
        self.callback = partial(self.run, "scheduled")
    def run(self, why):
        return f"{self.name} {why}"
    def __del__(self):
        print("del", self.name)

j = Job("backup")
print(j.callback())
del j
print("after del: still alive (partial -> bound method -> job -> partial)")
print("collected", gc.collect() > 0)
print("end")
