# With a small threshold, an automatic collection can start while exec()
# compiles a program or while it runs: the count after each compile from a
# known state (gc.collect() first) decides where the next ones fall. The
# program's cycles carry a __del__ that prints, so the moments are visible.
import gc

class Tracer:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("  collected", self.name)

programs = [
    "t = Tracer('a')\ndel t",
    "def make(n):\n    t = Tracer(n)\nfor i in range(3):\n    make('loop%d' % i)",
    "def box():\n    return {'t': Tracer('box')}\nb = box()\ndel b",
    "items = [Tracer('item%d' % i) for i in range(3)]\ndel items",
]

gc.set_threshold(40)
for index, source in enumerate(programs):
    gc.collect()
    print("program", index, "count after collect", gc.get_count())
    namespace = {"Tracer": Tracer}
    exec(source, namespace)
    print("program", index, "count after run", gc.get_count())
    namespace.clear()
    print("program", index, "collect", gc.collect())
gc.set_threshold(700, 10, 10)
