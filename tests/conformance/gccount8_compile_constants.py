# What compile() allocates for constants, seen as gc.get_count() deltas from a
# known state (gc.collect() empties the free lists): str, int and None are
# their own constant-cache keys; float, bool and bytes get a (type, value) key
# tuple; a tuple constant gets a key of its items' keys plus a pair, and a
# repeated value reuses the first key (its own key and tuple are freed).
import gc

def cost(src):
    gc.collect()
    gc.disable()
    before = gc.get_count()[0]
    code = compile(src, "<probe>", "exec")
    after = gc.get_count()[0]
    gc.enable()
    return after - before

sources = [
    "",
    "x = 1",
    "x = 1\ny = 2",
    "x = 'text'",
    "x = None",
    "x = 1.5",
    "x = 1.5\ny = 1.5",
    "x = 1.5\ny = 2.5",
    "x = True",
    "x = True\ny = False",
    "x = b'raw'",
    "x = (1, 2)",
    "x = (1, 2)\ny = (1, 2)",
    "x = (1, 2)\ny = (3, 4)",
    "x = (1, 2, 3)",
    "x = ((1, 2), 3)",
    "x = ('a', 'b')",
    "x = (1.5, 2.5)",
    "x = 2j",
]
for s in sources:
    print(repr(s), cost(s))
