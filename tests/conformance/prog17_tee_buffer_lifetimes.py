import itertools

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("V del", self.n)

def source():
    for i in range(4):
        yield V(i)

a, b = itertools.tee(source())
x = next(a)
print("a got", x.n)
del x
y = next(a)
print("a got", y.n)
del y
print("b lags, buffer holds items")
print("b got", next(b).n)
print("b got", next(b).n)
print("dropping a")
del a
print("b got", next(b).n)
del b
print("end")
