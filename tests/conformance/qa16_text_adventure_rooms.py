from enum import Enum
class Dir(Enum):
    N = "north"; S = "south"; E = "east"; W = "west"
    @property
    def opposite(self):
        return {Dir.N: Dir.S, Dir.S: Dir.N, Dir.E: Dir.W, Dir.W: Dir.E}[self]

class Room:
    def __init__(self, name, items=()):
        self.name = name
        self.exits = {}
        self.items = list(items)
    def connect(self, d, other):
        self.exits[d] = other
        other.exits[d.opposite] = self
    def __repr__(self): return f"Room({self.name})"
    def __del__(self): print("room", self.name, "destroyed")

class Player:
    def __init__(self, room):
        self.room = room
        self.bag = []
    def do(self, line):
        verb, _, arg = line.partition(" ")
        if verb == "go":
            try:
                d = Dir(arg)
            except ValueError as e:
                return f"error: {e}"
            nxt = self.room.exits.get(d)
            if nxt is None:
                return "you can't go that way"
            self.room = nxt
            return f"you are in the {nxt.name}"
        if verb == "take":
            if arg in self.room.items:
                self.room.items.remove(arg); self.bag.append(arg)
                return f"taken {arg}"
            return f"no {arg} here"
        if verb == "look":
            ex = ", ".join(sorted(d.value for d in self.room.exits))
            return f"{self.room.name}: items={self.room.items} exits={ex}"
        return f"unknown verb {verb!r}"

hall = Room("hall", ["lamp"]); kitchen = Room("kitchen", ["knife", "bread"]); garden = Room("garden")
hall.connect(Dir.N, kitchen); kitchen.connect(Dir.E, garden)
p = Player(hall)
for cmd in ["look", "take lamp", "go up", "go north", "take bread", "go east", "look", "go south", "dance", "go west", "look"]:
    print(">", cmd, "|", p.do(cmd))
print(p.bag, Dir.N.opposite, Dir("east").name)
del hall, kitchen, garden, p
import gc
print("collected", gc.collect() > 0)
