class Src:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("Src.__iter__ called at genexpr creation")
        return iter(self.items)
    def __del__(self):
        print("Src del")

g = (x * 2 for x in Src([1, 2, 3]))
print("genexpr made")
print(next(g))
print(list(g))
print("genexpr exhausted")
del g
print("---")
h = (x for x in Src([5]))
del h
print("unstarted genexpr dropped")
