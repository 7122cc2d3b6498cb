# A str iterator is a GC object in CPython (unicode_iter tracks it): gc
# tracks it, and a cycle through one (or through an itertools.groupby over a
# str) is one more object for gc.collect().
import gc, itertools

class Parser:
    def __init__(self, text):
        self.chars = iter(text)
        self.me = self
    def take(self, n):
        return "".join(itertools.islice(self.chars, n))

gc.collect()
print(gc.is_tracked(iter("abc")), gc.is_tracked(iter("h\u00e9llo")), gc.is_tracked(iter("")))
p = Parser("hello world")
print(p.take(5), p.take(20))
del p
print("parser cycle:", gc.collect())
q = Parser("caf\u00e9")
print(q.take(3))
del q
print("non-ascii parser cycle:", gc.collect())

class Grouper:
    def __init__(self, text):
        self.groups = itertools.groupby(text)
        self.me = self
g = Grouper("aabbbc")
print([(k, len(list(v))) for k, v in g.groups])
del g
print("grouper cycle:", gc.collect())
h = Grouper("xxy")
del h
print("unstarted grouper cycle:", gc.collect())
