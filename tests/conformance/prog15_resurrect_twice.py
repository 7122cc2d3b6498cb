import gc, weakref

saved = []
class Phoenix:
    lives = 2
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"__del__ {self.name} lives={self.lives}")
        if self.lives > 0:
            self.lives -= 1
            saved.append(self)

p = Phoenix("p")
wr = weakref.ref(p, lambda r: print("weakref callback"))
del p
print("saved", len(saved), "wr alive", wr() is not None)
saved.clear()
print("cleared once; wr", wr())

q = Phoenix("q")
q.lives = 1
q.me = q
del q
gc.collect()
print("after collect saved", [s.name for s in saved])
x = saved.pop()
print("popped", x.name)
del x
print("after second drop")
x = saved and saved.pop()
gc.collect()
print("saved now", saved)

# resurrect into a global variable
G = None
class Ghost:
    def __del__(self):
        global G
        print("Ghost del; G was", G)
        if G is None:
            G = self

g = Ghost()
del g
print("G is Ghost:", type(G).__name__)
G = 0
print("G rebound")
G = None
print("end")
