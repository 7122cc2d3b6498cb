class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("T del", self.n)
    def __add__(self, o): return T(self.n + o.n)
    def val(self): return self.n
print("expr", (T(1) + T(2)).val())
print("after expr")
print("call args", max(T(3).n, T(4).n))
x = [T(i).n for i in range(2)]
print("listcomp", x)
print("chained", T(5).val() + T(6).val())
y = T(7) if True else None
print("conditional assigned")
y = T(8)
print("rebound")
a, b = T(9), T(10)
a, b = b, a
print("swapped", a.n, b.n)
del a
print("del a")
del b
print("end")
def ret_temp():
    return T(11).n
print(ret_temp())
s = str(T(12).n) + "!"
print(s)
