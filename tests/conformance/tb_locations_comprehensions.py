# Traceback locations around comprehensions and generator expressions: the
# calling frame blames the whole comprehension (a sole genexp argument with
# its parentheses), and the comprehension's own frame blames it too when the
# error comes out of the iterator (FOR_ITER), at any nesting depth.
import sys, traceback
def g():
    def bad():
        yield 1
        raise ValueError("boom")
    return [x + 1 for x in bad()]
try:
    g()
except ValueError:
    print(traceback.format_exc().replace(__file__, "main.py"))
def h(k):
    return [1 / (x - k) for x in range(3)]
try:
    h(2)
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, "main.py"))
def bad2():
    yield 1
    raise ValueError("boom")
def g1(): return sum(x for x in bad2())
def g2(): return {x: 1 for x in bad2()}
def g3(): return [y for x in [1] for y in bad2()]
def g4(): return list(x for x in [1] for y in bad2())
def g5(): return {x for x in bad2() if x}
for g in [g1, g2, g3, g4, g5]:
    try: g()
    except ValueError: print(traceback.format_exc().replace(__file__, "main.py"))
