# At exit __main__'s namespace dies as cyclic garbage. The exit collection
# reaches __main__ through sys.modules (held from outside) before scanning
# the namespace, so objects created after their holder stay in creation
# order: a comprehension's or append-built list finalizes its items first
# to last, while a list display (items made before the list) goes last to
# first. A module-level ExitStack's pop_all() result is an ordinary holder.
from contextlib import ExitStack

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

display = [C("d0"), C("d1")]
comp = [C(n) for n in ("c0", "c1", "c2")]
appended = []
for n in ("a0", "a1"):
    appended.append(C(n))
pairs = {k: C(k) for k in ("k0", "k1")}
gen_made = list(C(n) for n in ("g0", "g1"))

def open_all(names):
    with ExitStack() as stack:
        made = [stack.enter_context(Res(n)) for n in names]
        keep = stack.pop_all()
    return keep, made

class Res(C):
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", self.n)

keep, made = open_all(["r0", "r1"])
print("end of script")
