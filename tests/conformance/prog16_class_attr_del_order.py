import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class K:
    a = D("a")
    b = D("b")
print("delattr"); del K.b
print("setattr"); K.a = D("a2")
def make():
    class Local:
        x = D("local x")
    return Local
L = make()
print("drop L")
del L
gc.collect()
print("end")
