# eval() compiles an expression (no trailing None constant) before it runs:
# the gc.get_count() delta after gc.collect() is the compiler's allocations
# plus what evaluating the expression made and kept.
import gc

def measure(expression, namespace):
    gc.collect()
    gc.disable()
    before = gc.get_count()[0]
    value = eval(expression, namespace)
    after = gc.get_count()[0]
    gc.enable()
    return after - before, value

ns = {"data": [3, 1, 2]}
for expression in [
    "1",
    "1 + 2",
    "'a' * 3",
    "(1, 2)",
    "[1, 2, 3]",
    "{'k': 1, 'j': 2}",
    "sorted(data)",
    "sorted(data, reverse=True)",
    "len(data) == 3",
    "1.5 * 2",
    "None is None",
]:
    delta, value = measure(expression, ns)
    print(repr(expression), delta, value)
