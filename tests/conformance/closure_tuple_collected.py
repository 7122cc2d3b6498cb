# A function's __closure__ is a real tuple of cells (the same object at
# every read), one more object in a collected cycle; decorators that close
# over the function they wrap form such cycles.
import gc, functools

gc.collect()

def make_recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

fact = make_recursive()
print(fact(5), fact.__closure__ is fact.__closure__, len(fact.__closure__))
print(type(fact.__closure__).__name__, fact.__closure__[0].cell_contents is fact)
del fact
print("recursive closure:", gc.collect())

def counter():
    count = 0
    step = 1
    def inc():
        nonlocal count
        count += step
        return count
    inc.self_ref = inc
    return inc

c = counter()
print(c(), c(), [cell.cell_contents for cell in c.__closure__])
del c
print("counter with attribute:", gc.collect())

def plain():
    return 1
print(plain.__closure__)

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(20), len(fib.cache))
del fib
print("memoized recursive function:", gc.collect())

class Node:
    def __init__(self, name):
        self.name = name
        self.callback = lambda: self.name
    def __del__(self):
        print("del", self.name)

n = Node("n1")
print(n.callback())
del n
print("lambda closing over self:", gc.collect())
