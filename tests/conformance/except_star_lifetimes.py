# except*: when the parts die. The original group lives until every clause
# ran; a clause's part (bound with `as`) is released when the clause ends;
# split() parts are new groups sharing the leaves; a group releases its
# exceptions tuple, then its args (whose list releases the leaves last first).
import gc
gc.disable()

class Tracked(Exception):
    def __del__(self):
        print("del", self.args[0])

class Group(ExceptionGroup):
    def __del__(self):
        print("del group", self.message)
    def derive(self, excs):
        return Group(self.message + "'", excs)

def clauses():
    try:
        raise Group("g", [Tracked("a"), ValueError("b"), Tracked("c")])
    except* Tracked as part:
        print("clause 1 sees", part.message, len(part.exceptions))
    except* ValueError as part:
        print("clause 2 sees", part.message)
    print("after try")
clauses()
print("after call")

print("-- a group dying alone")
g = ExceptionGroup("plain", [Tracked("x"), Tracked("y")])
del g
print("-- split parts")
g = Group("s", [Tracked("p"), ValueError("q")])
m, r = g.split(Tracked)
print("split done")
del g
print("deleted original")
del m
print("deleted match")
del r
print("end")
