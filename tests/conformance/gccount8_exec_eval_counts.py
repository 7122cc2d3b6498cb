# exec() and eval() of a str compile it first: the compiler's allocations
# move gc.get_count() before the code runs (what is left is what the code
# made and kept, plus the compiler's effect on the free lists).
import gc

def measure(run):
    gc.collect()
    gc.disable()
    before = gc.get_count()[0]
    run()
    after = gc.get_count()[0]
    gc.enable()
    return after - before

ns = {}
print("exec pass", measure(lambda: exec("pass", ns)))
print("exec assign", measure(lambda: exec("x = 1", ns)))
print("exec def", measure(lambda: exec("def f(): return 1", ns)))
print("eval int", measure(lambda: eval("1 + 2")))
print("eval tuple", measure(lambda: eval("(1, 2)")))
print("eval call", measure(lambda: eval("len('abc')")))
print("eval lambda", measure(lambda: eval("lambda: 0")))
code = compile("y = [1, 2, 3]", "<c>", "exec")
print("exec code object", measure(lambda: exec(code, ns)))
print(sorted(k for k in ns if not k.startswith("__")))
