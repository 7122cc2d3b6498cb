# := inside comprehensions binds in the enclosing function or module (PEP
# 572): the last value stays visible after the comprehension, closures see
# it as a cell, and `global` in the function is honoured.
data = [3, 8, 1, 9, 4]
big = [y for x in data if (y := x * 2) > 7]
print(big, y)

print(any((hit := v) > 8 for v in data), hit)

def running_total(items):
    total = 0
    sums = [total := total + i for i in items]
    return sums, total
print(running_total([1, 2, 3, 4]))

def last_match(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(last_match(["hi", "there", "friend"]), last_match(["a"]))

def nested():
    rows = [[1, 2], [3, 4]]
    flat = [[(last := v) for v in row] for row in rows]
    return flat, last
print(nested())

def uses_global():
    global g_last
    [g_last := i for i in range(3)]
g_last = None
uses_global()
print("g_last", g_last)

def closure_sees_it():
    vals = [(m := i * i) for i in range(4)]
    def get():
        return m
    return vals, get()
print(closure_sees_it())

print({k: (kv := k * 10) for k in range(3)}, kv)
print({(sv := c) for c in "ab"} == {"a", "b"}, sv)

def filtered(xs):
    return [clean for x in xs if (clean := x.strip())]
print(filtered([" a ", "  ", "b"]))

import gc
gc.disable()
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
def keep_last():
    [last := Item(i) for i in range(3)]
    print("after comprehension, last is", last.n)
keep_last()
print("after keep_last")
