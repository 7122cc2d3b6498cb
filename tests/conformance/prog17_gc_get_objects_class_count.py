import gc

class Leaf:
    def __init__(self, n):
        self.n = n

def count():
    return sum(1 for o in gc.get_objects() if type(o) is Leaf)

gc.collect()
base = count()
leaves = [Leaf(i) for i in range(5)]
print("after create", count() - base)
for l in leaves[:3]:
    l.me = l
del l
del leaves[:3]
gc.collect()
print("after collect", count() - base)
leaves.clear()
print("after clear", count() - base)
print(Leaf in [type(o) for o in gc.get_objects(generation=2)] or True)
