class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Noisy del", self.n)

def gen(n):
    obj = Noisy(n)
    try:
        yield n
    finally:
        print("gen finally", n, obj.n)

g1 = gen(1)
next(g1)
g2 = gen(2)
next(g2)
cycle = {"g": gen(3)}
next(cycle["g"])
cycle["self"] = cycle
print("end of program")
