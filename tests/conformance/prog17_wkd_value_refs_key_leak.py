import weakref, gc

class Key:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Key del", self.n)

class Val:
    def __init__(self, key):
        self.key = key

d = weakref.WeakKeyDictionary()
k1 = Key(1)
d[k1] = Val(k1)
k2 = Key(2)
d[k2] = "plain"
del k1, k2
gc.collect()
print("len", len(d), [k.n for k in d.keys()])
d.clear()
print("after clear")
gc.collect()
print("end")
