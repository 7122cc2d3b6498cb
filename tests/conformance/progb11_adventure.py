class Item:
    def __init__(self, name, desc, weight=1):
        self.name, self.desc, self.weight = name, desc, weight
    def __repr__(self):
        return f"Item({self.name!r})"

class Room:
    def __init__(self, name, desc):
        self.name = name
        self.desc = desc
        self.exits = {}
        self.items = []
    def connect(self, direction, other, back=None):
        self.exits[direction] = other
        opposite = {"north": "south", "south": "north", "east": "west", "west": "east"}
        other.exits[back or opposite[direction]] = self
    def describe(self):
        lines = [f"== {self.name} ==", self.desc]
        if self.items:
            lines.append("You see: " + ", ".join(i.name for i in self.items))
        lines.append("Exits: " + " ".join(sorted(self.exits)))
        return "\n".join(lines)

class Player:
    MAX = 5
    def __init__(self, room):
        self.room = room
        self.inventory = {}
        self.moves = 0
    @property
    def load(self):
        return sum(i.weight for i in self.inventory.values())
    def do(self, line):
        verb, _, rest = line.strip().partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(rest)
    def cmd_look(self, _):
        return self.room.describe()
    def cmd_go(self, direction):
        try:
            self.room = self.room.exits[direction]
        except KeyError:
            return "You can't go that way."
        return self.room.describe()
    def cmd_take(self, name):
        for it in self.room.items:
            if it.name == name:
                if self.load + it.weight > self.MAX:
                    return f"The {name} is too heavy."
                self.room.items.remove(it)
                self.inventory[name] = it
                return f"Taken: {name}."
        return f"There is no {name} here."
    def cmd_drop(self, name):
        it = self.inventory.pop(name, None)
        if it is None:
            return "You don't have that."
        self.room.items.append(it)
        return "Dropped."
    def cmd_inv(self, _):
        if not self.inventory:
            return "You carry nothing."
        return "\n".join(f"- {n}: {i.desc} (w={i.weight})" for n, i in sorted(self.inventory.items()))

hall = Room("Hall", "A dusty hall.")
kitchen = Room("Kitchen", "Smells of old bread.")
cellar = Room("Cellar", "Dark and damp.")
garden = Room("Garden", "Overgrown roses.")
hall.connect("north", kitchen)
kitchen.connect("down", cellar, back="up")
hall.connect("east", garden)
kitchen.items += [Item("knife", "a rusty knife"), Item("bread", "stale bread")]
cellar.items.append(Item("anvil", "very heavy", 10))
garden.items.append(Item("key", "a small brass key"))

p = Player(hall)
script = ["look", "go north", "take knife", "take spoon", "go down", "take anvil",
          "go up", "go south", "go east", "take key", "inv", "drop knife", "look",
          "dance", "go west", "inv"]
for cmd in script:
    print(">", cmd)
    print(p.do(cmd))
print("moves:", p.moves, "load:", p.load)
print(garden.items, hall.exits.keys())
