# In 3.11 a comprehension or generator expression is a function: MAKE_FUNCTION
# allocates it (after its closure tuple, when it uses enclosing variables)
# and it is freed when its frame is cleared; the compiler turns a list
# display that is iterated over or tested with `in` into a tuple. All of it
# moves gc.get_count() as in CPython.
import gc

gc.disable()
gc.collect()
base = gc.get_count()[0]

def step(label):
    print(label, gc.get_count()[0] - base)

step("start")
squares = [n * n for n in range(5)]
step("list comprehension")
evens = {n for n in range(6) if n % 2 == 0}
step("set comprehension")
table = {n: str(n) for n in range(3)}
step("dict comprehension")
gen = (n + 1 for n in range(3))
step("generator expression made")
print(list(gen))
step("generator expression exhausted")
del gen
step("generator expression dropped")
for word in ["a", "b"]:
    pass
step("for over a list display")
for word in [squares, evens]:
    pass
step("for over a list display of names")
print(3 in [1, 2, 3], 5 not in [squares[0], 4])
step("in a list display")

def scale(values, factor):
    return [v * factor for v in values]
print(scale([1, 2], 3))
step("comprehension with a closure")

def any_match(items, target):
    return any(x == target for x in items)
print(any_match([1, 2], 2), any_match((1, 2), 5))
step("generator expression with a closure")
gc.enable()
