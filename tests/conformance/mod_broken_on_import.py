class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("mod_broken_on_import Res del", self.n)
first = Res("first")
cyc = Res("cyc"); cyc.me = cyc
raise RuntimeError("helper failed to import")
