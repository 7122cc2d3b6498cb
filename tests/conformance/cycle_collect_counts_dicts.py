# gc.collect() counts when an instance's dict is materialized 
# (self.__dict__.update, vars()), for exceptions and builtin subclasses with 
# attributes, and for functions with attributes.
import gc
gc.collect()
class A:
    def __init__(self, **kw):
        self.__dict__.update(kw)
a = A(x=1); a.me = a; del a
print("dict update", gc.collect())
class B: pass
b = B(); b.me = b; vars(b); del b
print("vars", gc.collect())
b = B(); b.me = b; del b
print("plain", gc.collect())
class E(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
e = E(1); e.me = e; del e
print("exc attr", gc.collect())
class I(int): pass
i = I(1); i.me = i; del i
print("int sub attr", gc.collect())
class T(tuple): pass
t = T(); t.me = t; del t
print("tuple sub attr", gc.collect())
class L(list): pass
l = L(); l.me = l; del l
print("list sub attr", gc.collect())
def f(): pass
f.me = f; del f
print("func attr", gc.collect())
def g(): pass
g.__dict__; g.me = g; del g
print("func dict", gc.collect())
class M: pass
x = M(); x.__dict__; x.me = x; del x
print("__dict__ read", gc.collect())
