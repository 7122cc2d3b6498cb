# A tuple display of constants is one constant of the code (made before the
# code runs, so an earlier collection untracks it), shared by every
# evaluation and merged with equal constants.
# CPython: ast_opt.c fold_tuple, compile.c merge_consts_recursive, gcmodule.c untrack_tuples.
import gc
gc.collect()
t = (1, 2)
print(gc.is_tracked(t))
def f():
    return ("a", 1)
print(f() is f(), ((1, 2), 3)[0] is ((1, 2), 3)[0], (1.5, -2)[0], (-1, 2))
u = (1, [])
print(gc.is_tracked(u))
