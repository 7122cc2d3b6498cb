class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

zeta = D("zeta")
_private = D("_private")
alpha = D("alpha")
__dunder = D("__dunder")
beta = D("beta")
_second = D("_second")
print("end")
