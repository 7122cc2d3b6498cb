import gc

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make():
    class Holder:
        first = D("first")
        second = D("second")
        third = D("third")
    return Holder

H = make()
H.added = D("added")
del H.second
print("dropping class")
del H
gc.collect()
print("end")
