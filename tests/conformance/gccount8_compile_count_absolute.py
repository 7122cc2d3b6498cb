# Absolute counts around compile() from the state gc.collect() leaves (count
# 0, free lists empty): the compiler's temporaries come back to the free
# lists, so compiling the same source again counts only what is kept (the
# code object's tuples), and the next lists, dicts and tuples the program
# makes are taken from those free lists without counting.
import gc

gc.collect()
gc.disable()
print("start", gc.get_count())
first = compile("def f(a, b=2):\n    return a + b\nresult = f(1)", "<one>", "exec")
print("after first compile", gc.get_count())
second = compile("def f(a, b=2):\n    return a + b\nresult = f(1)", "<two>", "exec")
print("after second compile", gc.get_count())
lists = [[] for _ in range(5)]
print("after five lists", gc.get_count())
dicts = [{} for _ in range(5)]
print("after five dicts", gc.get_count())
del first, second
print("after dropping the code", gc.get_count())
gc.enable()
