# CPU-bound: method calls on user classes, attribute reads and writes,
# inheritance with super(), properties: an ordinary object-oriented loop.
N = 300000


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm2(self):
        return self.dot(self)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1


class Heavy(Particle):
    def step(self):
        super().step()
        self.vel = Vec(self.vel.x, self.vel.y - 1)


ps = [Particle(Vec(i, 0), Vec(1, 2)) for i in range(50)] + [Heavy(Vec(0, i), Vec(2, 0)) for i in range(50)]
total = 0
for t in range(N // 100):
    for p in ps:
        p.step()
        total += p.pos.norm2 % 7
print("objects", total, ps[0].pos.x, ps[-1].pos.y, ps[-1].steps)
