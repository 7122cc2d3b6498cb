class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Loud del", self.n)
        if self.n == 1:
            raise RuntimeError("boom at shutdown")

a = Loud(1)
b = Loud(2)
print("end")
