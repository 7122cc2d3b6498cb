# types: SimpleNamespace (repr, eq, not weakly referenceable), MethodType(func,
# obj) and the lifetime it gives obj, function __code__/__closure__/__defaults__,
# ModuleType(name, doc), __builtins__ in __main__ is the module.
import types, weakref, gc

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
del ns.a
print(ns, hasattr(ns, "a"))
try:
    weakref.ref(ns)
except TypeError as e:
    print("weakref refused:", type(e).__name__)
r = weakref.ref(ns.c) if False else None
ns.self = ns
del ns
gc.collect()
print(repr(types.SimpleNamespace()), types.SimpleNamespace(x=types.SimpleNamespace(y=1)))

class Counter:
    def __init__(self): self.n = 0
    def __del__(self): print("del counter", self.n)

def bump(self, k=1):
    self.n += k
    return self.n

c = Counter()
c.bump = types.MethodType(bump, c)
print(c.bump(), c.bump(5), c.bump.__self__ is c, c.bump.__func__ is bump)
print(type(c.bump) is types.MethodType, isinstance(bump, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
m = c.bump
del c
print("counter name deleted; method holds it")
del m
print("method deleted")
c2 = Counter()
c2.bump = types.MethodType(bump, c2)
del c2
print("cycle made")
gc.collect()
print("collected")

def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(1), add5.__name__, add5.__qualname__, add5.__closure__[0].cell_contents, add5.__code__.co_varnames, add5.__code__.co_freevars)
print(type(lambda: 0).__name__, (lambda: 0).__name__, types.LambdaType is types.FunctionType)
def g(a, b=2, *args, c, d=4, **kw): pass
print(g.__defaults__, g.__kwdefaults__, g.__code__.co_argcount, g.__code__.co_kwonlyargcount)
print(types.NoneType, type(None) is types.NoneType, types.ModuleType("m"), types.ModuleType("m", "doc").__doc__)
print(type(__builtins__).__name__, __builtins__.len([1]))
