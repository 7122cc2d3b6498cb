import weakref

class Handler:
    def __init__(self, prefix): self.prefix = prefix
    def __call__(self, msg): return self.prefix + msg
    def method(self): return "method of " + self.prefix

h = Handler(">> ")
ph = weakref.proxy(h)
print(ph("hello"), ph.method(), ph.prefix)
ph.prefix = "## "
print(h.prefix)
del ph.prefix
print(hasattr(h, "prefix"))
h.prefix = "!! "
print(callable(ph), isinstance(ph, Handler), type(ph) is weakref.ProxyType)
cp = weakref.proxy(h, lambda p: print("proxy callback, same proxy:", p is cp2))
cp2 = cp
print(weakref.getweakrefcount(h))
handlers = [weakref.proxy(Handler(str(i))) for i in range(2)]
for p in handlers:
    try:
        p("x")
    except ReferenceError as e:
        print("dead:", e)
def free_function(a, b=1):
    return a + b
pf = weakref.proxy(free_function)
print(pf(1), pf(1, b=5), pf.__name__)
del h
print("end")
