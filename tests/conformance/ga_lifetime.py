# Object lifetimes through generic aliases and unions: an alias holds its
# origin and its args strongly (a class used only in list[C] stays alive
# until the alias goes), an object used as an argument dies when the last
# alias holding it does, and classes die at gc.collect() after that.
import gc
import weakref

gc.disable()


class Token:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make_class(name):
    return type(name, (), {})


C = make_class("C")
wc = weakref.ref(C, lambda r: print("class C reclaimed"))
alias = list[C]
del C
gc.collect()
print("after collect, alias holds", alias.__args__[0].__name__, wc() is not None)
del alias
print("alias deleted")
gc.collect()
print("collected")

t = Token("arg")
a = dict[str, t]
del t
print("token still held by", type(a).__name__)
del a
print("after del a")

t1, t2 = Token("first"), Token("second")
pair = tuple[t1, t2]
del t1, t2
print("deleting pair")
del pair
print("done pair")

D = make_class("D")
wd = weakref.ref(D, lambda r: print("class D reclaimed"))
u = D | None
w_alias = weakref.ref(list[int]) if False else None
del D
gc.collect()
print("union keeps D:", wd() is not None, u)
del u
gc.collect()
print("end")
