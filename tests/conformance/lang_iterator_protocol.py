# The iterator protocol: for, list(), sum(), min/max, `in` and unpacking call
# __iter__ and then __next__ until StopIteration; iter(it) is it for an
# iterator; next(it, default) returns the default when exhausted.
# CPython: abstract.c PyObject_GetIter/PyIter_Next, ceval.c FOR_ITER.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        print("  __iter__")
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Range3:
    def __iter__(self):
        return Countdown(3)


for v in Countdown(2):
    print("for got", v)
print("list:", list(Countdown(3)))
print("sum:", sum(Range3()), "| max:", max(Range3()), "| min:", min(Range3()))
print("2 in Range3():", 2 in Range3(), "| 5 in Range3():", 5 in Range3())
it = Countdown(1)
print("iter(it) is it:", iter(it) is it)
print("next:", next(it), "| next with default:", next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration, message: [" + str(e) + "]")
li = iter([1, 2])
print("list iterator:", next(li), next(li), next(li, None))
print("sorted(Range3()):", sorted(Range3()), "| tuple:", tuple(Range3()), "| any/all:", any(Range3()), all(Range3()))
