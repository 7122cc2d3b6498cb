# itertools.zip_longest keeps the last tuple it returned (lz->result), so
# that tuple's items outlive the consumer's list until the iterator goes;
# zip_longest_dealloc then releases ittuple, result and fillvalue in order.
import itertools


class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del item", self.n)

    def __repr__(self):
        return f"I{self.n}"


z = itertools.zip_longest([Item(1), Item(2)], [Item(3)], fillvalue=Item(4))
print(list(z))
print("list gone")
del z
print("iterator gone")

z = itertools.zip_longest([Item(5)], [Item(6)])
t = next(z)
print(t)
del t
print("tuple dropped")
print(next(z, "end"))
del z
print("done")
