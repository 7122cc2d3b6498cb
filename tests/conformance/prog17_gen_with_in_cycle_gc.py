import gc

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
    def __del__(self):
        print("CM del", self.name)

def worker(box):
    with CM("w"):
        yield 1
        yield 2

box = []
g = worker(box)
box.append(g)
print(next(g))
holder = {"g": g}
holder["me"] = holder
print("dropping")
del g, holder, box
gc.collect()
print("end")
