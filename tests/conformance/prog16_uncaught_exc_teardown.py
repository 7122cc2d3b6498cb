class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("T del", self.n)
g = T("global")
def inner():
    local = T("local of inner")
    raise RuntimeError("fatal")
def outer():
    o = T("local of outer")
    inner()
print("calling")
outer()
