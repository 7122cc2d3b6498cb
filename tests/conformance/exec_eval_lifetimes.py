# exec/eval and object lifetimes: objects made by exec'd code live in the
# namespace dict and die with it; a temporary namespace dies after eval;
# an exception raised inside exec keeps the exec frame's locals alive
# through its traceback until it is released.
import gc
gc.disable()

class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

ns = {"T": T}
exec("a = T('a')\nb = T('b')", ns)
print("exec done:", sorted(k for k in ns if k != "__builtins__"))
del ns["a"]
print("deleted a")
ns = None
print("namespace dropped")

print(eval("T('temp').name", {"T": T}))
print("after eval")

def make():
    env = {"T": T}
    exec("kept = T('kept')\ntemp = T('temp2')\ndel temp", env)
    return env["kept"]
k = make()
print("make returned", k.name)
del k

try:
    exec("x = T('in frame')\nraise ValueError('boom')", {"T": T})
except ValueError as e:
    err = e
print("caught", err)
del err
print("error released")

code = compile("T('from code').name", "<c>", "eval")
print(eval(code, {"T": T}))
print("end")
