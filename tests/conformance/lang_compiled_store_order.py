# Stores in a function body (run by the compiled evaluator) release the old
# value exactly when CPython's STORE_FAST / STORE_ATTR / STORE_SUBSCR do, an
# augmented assignment releases its operands in order, and the same
# statements at module level (the direct evaluator) print the same thing.


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __iadd__(self, other):
        print("  iadd", self.name, other)
        return D(self.name + "+")


class Box:
    pass


def in_function():
    print("rebind")
    x = D("a")
    x = D("b")
    print("same object")
    x = x
    print("attribute")
    b = Box()
    b.v = D("c")
    b.v = D("d")
    print("item")
    items = [D("e")]
    items[0] = D("f")
    print("augmented name")
    x += 1
    print("augmented attribute")
    b.v += 2
    print("augmented item")
    items[0] += 3
    print("return")
    return "done"


print(in_function())
print("module level")
print("rebind")
x = D("a")
x = D("b")
print("same object")
x = x
print("attribute")
b = Box()
b.v = D("c")
b.v = D("d")
print("item")
items = [D("e")]
items[0] = D("f")
print("augmented name")
x += 1
print("augmented attribute")
b.v += 2
print("augmented item")
items[0] += 3
print("clearing")
del x, b, items
print("end")
