import itertools

class Life:
    def __init__(self, w, h, live=()):
        self.w, self.h = w, h
        self.cells = set(live)
        self.gen = 0
    @classmethod
    def from_text(cls, text):
        rows = text.strip("\n").splitlines()
        live = {(x, y) for y, r in enumerate(rows) for x, ch in enumerate(r) if ch == "#"}
        return cls(max(map(len, rows)), len(rows), live)
    def neighbours(self, x, y):
        for dx, dy in itertools.product((-1, 0, 1), repeat=2):
            if dx or dy:
                yield (x + dx) % self.w, (y + dy) % self.h
    def step(self):
        counts = {}
        for c in self.cells:
            for n in self.neighbours(*c):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {c for c, k in counts.items() if k == 3 or (k == 2 and c in self.cells)}
        self.gen += 1
        return self
    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.cells else "." for x in range(self.w)) for y in range(self.h))
    def __len__(self):
        return len(self.cells)

glider = Life.from_text("""
.#......
..#.....
###.....
........
........
........
""")
seen = {}
for i in range(5):
    print(f"gen {glider.gen} pop {len(glider)}")
    print(glider)
    glider.step()
b = Life.from_text("....\n.##.\n.##.\n....")
blinker = Life.from_text(".....\n..#..\n..#..\n..#..\n.....")
for _ in range(3):
    print(str(blinker).replace("\n", "/"))
    blinker.step()
print(str(b.step().step()) == str(Life.from_text("....\n.##.\n.##.\n....")))
r = Life.from_text("""
..........
...##.....
..##......
...#......
..........
..........
..........
..........
""")
history = []
while str(r) not in history and r.gen < 60:
    history.append(str(r))
    r.step()
print("r-pentomino on torus: gen", r.gen, "pop", len(r), "cycle from", history.index(str(r)) if str(r) in history else None)
