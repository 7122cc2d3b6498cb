import collections

class Val:
    def __init__(self, k):
        self.k = k
    def __del__(self):
        print("evicted/freed", self.k)

class LRU:
    def __init__(self, size):
        self.size = size
        self.data = collections.OrderedDict()
    def get(self, k):
        if k in self.data:
            self.data.move_to_end(k)
            return self.data[k]
        v = self.data[k] = Val(k)
        if len(self.data) > self.size:
            self.data.popitem(last=False)
        return v

cache = LRU(2)
for k in "abacdb":
    print("get", k, cache.get(k).k)
print(list(cache.data))
cache.data.clear()
print("end")
