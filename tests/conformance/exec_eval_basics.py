# exec/eval/compile: namespaces (default: the caller's globals and locals),
# explicit globals and locals dicts, __builtins__ inserted into a globals dict,
# code objects from compile() in each mode, and eval's value.
x = 10
print(eval("x + 1"))
exec("y = x * 2")
print(y)

g = {"a": 1}
exec("b = a + 1", g)
print(sorted(g), g["b"], type(g["__builtins__"]).__name__)

g2 = {}
l2 = {}
exec("c = 3\nd = c + 1", g2, l2)
print(sorted(g2), sorted(l2.items()))
print(eval("c * d", g2, l2))
print(eval("len([1, 2, 3])", {}))

code = compile("total = sum(range(5))", "<mine>", "exec")
ns = {}
print(exec(code, ns), ns["total"])
expr = compile("total * 2", "<mine>", "eval")
print(eval(expr, ns), type(expr).__name__, expr.co_filename)
print(eval(compile("1 + 1", "f", "exec")))
single = compile("40 + 2", "<single>", "single")
exec(single)
exec("for i in range(3): print('loop', i)")
exec("def helper(n):\n    return n * 3\n")
print(helper(5))
exec("class K:\n    attr = 'class made by exec'\n")
print(K.attr, K.__module__)
print(eval("  7 * 6"))
print(eval("(lambda q: q + x)(1)"))
print(eval("[i * x for i in range(3)]"))

def f():
    local = 5
    print(eval("local + x"))
    exec("local = 99")
    print("local unchanged:", local)
    exec("newname = 1")
    print("newname in locals():", "newname" in locals())
    l = locals()
    exec("z = local * 2", globals(), l)
    print(l["z"])
f()

def counter():
    ns = {"n": 0}
    for _ in range(3):
        exec("n += 1", ns)
    return ns["n"]
print(counter())
