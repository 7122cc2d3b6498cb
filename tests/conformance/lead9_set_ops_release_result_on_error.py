# A set method that builds a new set releases it when the iterable it reads
# raises: what the half-built result held dies then, not at exit.
class Item:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        # Not hash(str): set order must not depend on PYTHONHASHSEED.
        return sum(map(ord, self.name))
    def __eq__(self, other):
        return isinstance(other, Item) and other.name == self.name
    def __del__(self):
        print("del", self.name)


def failing(*names):
    for n in names:
        yield Item(n)
    raise ValueError("source failed after " + ", ".join(names))


for method in ("union", "intersection", "difference", "symmetric_difference"):
    s = {Item(method + "-a"), Item(method + "-b")}
    try:
        getattr(s, method)(failing(method + "-a", method + "-x"))
    except ValueError as e:
        print(method, "->", e)
    print("dropping", method)
    del s
    print("dropped", method)

s = {Item("multi-a")}
try:
    s.intersection({Item("multi-a")}, failing("multi-y"))
except ValueError as e:
    print("multi ->", e)
del s
print("end")
