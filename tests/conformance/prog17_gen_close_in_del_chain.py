class Owner:
    def __init__(self, name):
        self.name = name
        self.g = self.ticker()
        next(self.g)
    def ticker(self):
        try:
            while True:
                yield
        finally:
            print("ticker finally", self.name)
    def __del__(self):
        print("Owner del", self.name)

o = Owner("a")
print("cycle owner<->gen kept until collect")
del o
import gc
gc.collect()
print("---")
class Plain:
    def __init__(self):
        self.g = counter()
        next(self.g)
    def __del__(self):
        print("Plain del; gen closes after")
def counter():
    try:
        yield 1
    finally:
        print("counter finally")
p = Plain()
del p
print("end")
