import gc

graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.lives = 2
    def __del__(self):
        self.lives -= 1
        print(f"{self.name} __del__, lives left {self.lives}")
        if self.lives > 0:
            graveyard.append(self)

p = Phoenix("fawkes")
del p
print("graveyard:", [x.name for x in graveyard])
p = graveyard.pop()
del p
print("graveyard:", len(graveyard))

a = Phoenix("cyc")
a.self = a
del a
print("collected:", gc.collect())
print("graveyard:", [x.name for x in graveyard])
x = graveyard.pop()
del x
print("after second drop:", gc.collect())
print(gc.garbage)
