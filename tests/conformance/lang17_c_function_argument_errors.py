# A module-level function CPython writes in C reports argument errors from
# its calling convention, not from a Python signature: METH_O ("takes
# exactly one argument"), Argument Clinic's _PyArg_CheckPositional
# ("expected 2 arguments, got 1") and cfunction_check_kwargs ("takes no
# keyword arguments"). gclab's operator functions are defs standing for C.
import operator
import heapq

def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, "->", e)

attempt("add(1)", lambda: operator.add(1))
attempt("add(1, 2, 3)", lambda: operator.add(1, 2, 3))
attempt("add(a=1, b=2)", lambda: operator.add(a=1, b=2))
attempt("add(1, b=2)", lambda: operator.add(1, b=2))
attempt("not_()", lambda: operator.not_())
attempt("not_(1, 2)", lambda: operator.not_(1, 2))
attempt("index()", lambda: operator.index())
attempt("setitem(1, 2)", lambda: operator.setitem({}, 2))
attempt("length_hint()", lambda: operator.length_hint())
attempt("length_hint(1, 2, 3)", lambda: operator.length_hint([], 2, 3))
attempt("is_not(x=1)", lambda: operator.is_not(x=1))
attempt("heappush([])", lambda: heapq.heappush([]))
attempt("heappop()", lambda: heapq.heappop())
attempt("heapify([], [])", lambda: heapq.heapify([], []))
# arguments that fit still work, positionally
print(operator.add(1, 2), operator.not_(0), operator.length_hint([1, 2]), operator.length_hint(iter([]), 5))
args = (3, 4)
print(operator.mul(*args), operator.contains(*[[1, 2], 2]))
# the argument objects are released after the failed call
class Tracked:
    def __del__(self):
        print("released", id(self) == id(self))
attempt("add(Tracked())", lambda: operator.add(Tracked()))
print("done")
