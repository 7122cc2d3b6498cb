# `except E as e` unbinds e at the end of the handler, so the exception and what
# it carries die there; a function's locals live on in the traceback (which
# holds the frame) until then, not until the function returned.
# CPython: compile.c compiler_try_except (name = None; del name), traceback
#   frames.
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Carrier(Exception):
    def __init__(self, cargo):
        super().__init__("carrier")
        self.cargo = cargo


def fail():
    local = Obj("local of fail")
    raise Carrier(Obj("carried by the exception"))


try:
    fail()
except Carrier as e:
    print("in handler, cargo:", e.cargo.name)
print("after handler")
try:
    print(e)
except NameError as err:
    print("NameError", err)


def quiet():
    tmp = Obj("tmp")
    try:
        raise KeyError("k")
    except KeyError:
        print("handled inside quiet")
    print("quiet returning")


quiet()
print("end")
