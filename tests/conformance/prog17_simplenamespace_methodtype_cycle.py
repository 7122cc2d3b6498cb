import types, gc, weakref

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

ns = types.SimpleNamespace(a=D("a"), b=D("b"))
ns.me = ns
r = weakref.ref(ns)
print(sorted(vars(ns)))
print("dropping ns")
del ns
gc.collect()
print("ns dead", r() is None)

def speak(self):
    return "speaking " + self.name
d = D("bound")
d.speak = types.MethodType(speak, d)
print(d.speak())
print("dropping d (cycle via MethodType)")
del d
gc.collect()
print("end")
