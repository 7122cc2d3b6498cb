# gc.collect() counts for nested functions that close over themselves:
# mutable and constant defaults, annotations read or not, staticmethod
# wrappers, attributes, __dict__ and __code__ reads, a local class with an
# instance cycle, a lambda.
import gc
gc.collect()
def show(label): print(label, gc.collect())
def mk1():
    def f(a=[]): return f
    return f
mk1(); show("mutable default")
def mk2():
    def f(a=1, b="x"): return f
    return f
mk2(); show("const defaults")
def mk4():
    def f(a: int) -> str: return f
    return f
mk4(); show("annotations")
def mk5():
    def f(a: int) -> str: return f
    f.__annotations__
    return f
mk5(); show("annotations read")
def mk6():
    x = []
    def f(a=x): return f
    return f
mk6(); show("default from var")
def mk7():
    @staticmethod
    def s(): return s
    return s
mk7(); show("staticmethod")
def mk8():
    def f(): return f
    f.__doc__ = "doc"
    f.__name__ = "g"
    return f
mk8(); show("doc/name set")
def mk9():
    def f(): return f
    f.__dict__
    return f
mk9(); show("func __dict__ read")
def mk10():
    def f(): return f
    f.__code__
    return f
mk10(); show("code read")
def mk11():
    class K:
        def m(self): return 1
    k = K(); k.k = k
    return None
mk11(); show("local class + instance cycle")
def mk12():
    f = lambda: f
    f.__qualname__
mk12(); show("lambda")
