class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Item del", self.n)

def stream(name):
    held = Item(name + "-held")
    try:
        for i in range(10):
            yield i
    finally:
        print("stream finally", name)

def nested():
    try:
        yield from stream("inner")
    finally:
        print("nested finally")

g1 = stream("g1")
next(g1)
g2 = nested()
next(g2)
next(g2)
g3 = stream("g3")     # never started: no finally
cyc = stream("cyc")
next(cyc)
holder = [cyc]
holder.append(holder)
del cyc
print("main end")
