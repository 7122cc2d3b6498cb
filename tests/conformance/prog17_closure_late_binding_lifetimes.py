import gc

class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("T del", self.n)

fns = []
for i in range(3):
    t = T(i)
    fns.append(lambda: t.n)
print("late binding:", [f() for f in fns])
del t
print("module global t deleted: closures read globals")
try:
    fns[0]()
except NameError as e:
    print("NameError:", e)

def make():
    out = []
    for i in range(3):
        t = T(10 + i)
        out.append(lambda: t.n)
    return out
fs = make()
print([f() for f in fs])
print("one shared cell keeps only the last T")
del fs
print("end")
