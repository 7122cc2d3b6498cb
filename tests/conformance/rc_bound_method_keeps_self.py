# A bound method holds its instance (__self__): storing o.method keeps o alive
# after `del o`; dropping the method frees it. A function holds its default
# values, and a closure holds its cells, until the function itself dies.
# CPython: classobject.c method_dealloc, funcobject.c func_dealloc.
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello from " + self.name

    def __del__(self):
        print("del", self.name)


o = Obj("o")
m = o.hello
del o
print("o deleted, method still works:", m())
print("dropping the method")
del m


def with_default(x=Obj("default value")):
    return x.name


print("function with default:", with_default())
print("deleting the function")
del with_default


def make_closure():
    captured = Obj("captured")

    def inner():
        return captured.name
    return inner


f = make_closure()
print("closure returned:", f())
print("deleting the closure")
del f
print("end")
