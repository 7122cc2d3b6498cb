# At function return the frame releases parameters first, then locals in
# co_varnames order (first appearance in the code, not assignment time), then
# cell variables captured by inner functions (_PyFrame_Clear).
# CPython: frame.c _PyFrame_Clear (localsplus in index order).
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def work(p, q):
    if p.name == "never":
        late = Obj("never created")
    b = Obj("b")
    captured = Obj("captured")
    a = Obj("a")
    late = Obj("late")

    def inner():
        return captured

    print("work returning")
    return 0


work(Obj("param p"), Obj("param q"))
print("after work")
