# PEP 479: StopIteration raised inside a generator becomes
# RuntimeError("generator raised StopIteration") with the StopIteration as
# __cause__ and __context__; a plain return still ends the generator.
def bad():
    yield 1
    raise StopIteration("inner")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

def leaks_next():
    it = iter([])
    yield next(it)

try:
    list(leaks_next())
except RuntimeError as e:
    print("list():", e)

def through_for():
    for x in [1, 2]:
        yield x
print(list(through_for()))

def good():
    yield 1
    return
print(list(good()))

class MyStop(StopIteration):
    pass
def sub():
    raise MyStop
    yield
try:
    next(sub())
except RuntimeError as e:
    print("subclass:", type(e.__cause__).__name__)
