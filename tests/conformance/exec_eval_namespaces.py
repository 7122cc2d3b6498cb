# exec/eval: functions defined by exec see the globals dict they were made
# in; eval with a locals mapping of helpers; compile() in 'single' mode
# echoes expression values; globals()/locals() in functions (a snapshot
# refreshed at each call) and at module level (the module dict).
src = """
counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
"""
env = {}
exec(src, env)
env["bump"]()
env["bump"](5)
print(env["counter"], "counter" in globals())

helpers = {"double": lambda v: v * 2, "base": 10}
print(eval("double(base) + 1", {}, helpers))
print(eval("[double(i) for i in range(3)]", helpers))

for line in ["1 + 1", "x_single = 5", "x_single * 3", "None", "'text'"]:
    exec(compile(line, "<single>", "single"))

def snapshot():
    a = 1
    l1 = locals()
    b = 2
    print(sorted(l1), sorted(locals()), l1 is locals())
snapshot()

def module_level_globals():
    g = globals()
    g["made_here"] = "yes"
module_level_globals()
print(made_here)
print(globals() is globals(), locals() is globals())

class K:
    exec("inside = 'class body'")
    names = sorted(n for n in locals() if not n.startswith("__"))
print(K.inside, K.names)

def nested():
    code = compile("result = value * 2", "<calc>", "exec")
    ns = {"value": 21}
    exec(code, ns)
    return ns["result"]
print(nested())
print(eval("eval('1 + 2')"))
print(exec("pass"))
print(type(compile("1", "f", "eval")).__name__)
