# Temporaries passed as arguments to a Python function are owned by its frame:
# they die when the call returns, parameters in order; an argument the function
# stores elsewhere survives. A discarded return value dies at the statement end.
# CPython: ceval.c _PyEvalFramePushAndInit (arguments moved into the frame),
#   frame.c _PyFrame_Clear.
import gc

gc.disable()
kept = []


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def use(first, second, third):
    kept.append(second)
    print("inside use")
    return Obj("result")


def noisy(label):
    print("evaluating", label)
    return Obj(label)


use(noisy("arg1"), noisy("arg2"), noisy("arg3"))
print("after call statement")
r = use(Obj("x1"), Obj("x2"), Obj("x3"))
print("result kept:", r.name)
print("kept:", [k.name for k in kept])
kept.clear()
del r
print("end")
