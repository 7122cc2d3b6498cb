from functools import lru_cache, cached_property
import gc, weakref

class Dataset:
    instances = 0
    def __init__(self, values):
        self.values = list(values)
        Dataset.instances += 1
    @cached_property
    def stats(self):
        print("computing stats")
        return min(self.values), max(self.values), sum(self.values) / len(self.values)
    def __del__(self):
        Dataset.instances -= 1
        print("dataset freed")

d = Dataset([3, 1, 4, 1, 5])
print(d.stats); print(d.stats)
print("stats" in d.__dict__)
del d.stats
print(d.stats[1])
del d
print("instances", Dataset.instances)

@lru_cache(maxsize=3)
def load(name):
    print("load", name)
    return Dataset(range(len(name) + 1))
for n in ["a", "bb", "a", "ccc", "dddd", "a", "bb"]:
    load(n)
print(load.cache_info())
load.cache_clear()
print("instances after clear", Dataset.instances)
print(load.cache_parameters())
@lru_cache(typed=True)
def kind(x): return type(x).__name__
print(kind(1), kind(1.0), kind.cache_info().currsize)
