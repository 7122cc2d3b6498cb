# Descriptors and attribute hooks in one program: __set_name__, a typed data
# descriptor, a non-data descriptor shadowed by the instance, __getattr__/
# __setattr__/__delattr__ logging, __getattribute__ raising AttributeError to
# reach __getattr__, property setter/deleter and read-only property errors.
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError(f"{self.name[1:]} must be int, not {type(v).__name__}")
        setattr(obj, self.name, v)
class NonData:
    def __get__(self, obj, typ=None): return "nondata"
class P:
    x = Typed()
    y = Typed()
    nd = NonData()
    def __init__(s): s.x = 1; s.y = 2
p = P()
print(p.x, p.y, p.nd)
p.nd = "inst"; print(p.nd, vars(p))
try: p.x = "s"
except TypeError as e: print(e)
class G:
    def __getattr__(s, name):
        print("getattr", name)
        if name.startswith("a"): return name.upper()
        raise AttributeError(f"no {name}")
    def __setattr__(s, name, v):
        print("setattr", name, v)
        object.__setattr__(s, name, v)
    def __delattr__(s, name):
        print("delattr", name); object.__delattr__(s, name)
g = G(); g.q = 5
print(g.q, g.abc)
try: g.zzz
except AttributeError as e: print("AE", e)
del g.q
try: del g.q
except AttributeError as e: print("AE2", e)
print(hasattr(g, "zz"), getattr(g, "zz", "dflt"))
class GA:
    def __getattribute__(s, name):
        print("gab", name)
        if name == "boom": raise AttributeError("boomed")
        return object.__getattribute__(s, name)
    def __getattr__(s, name): return "fallback-" + name
    v = 1
ga = GA(); print(ga.v, ga.boom)
class Prop:
    def __init__(s): s._v = 0
    @property
    def v(s):
        "the v"
        return s._v
    @v.setter
    def v(s, val): print("set v", val); s._v = val
    @v.deleter
    def v(s): print("del v"); del s._v
pr = Prop(); pr.v = 3; print(pr.v, Prop.v.__doc__); del pr.v
try: pr.v
except AttributeError as e: print(e)
class RO:
    @property
    def r(s): return 1
try: RO().r = 2
except AttributeError as e: print(e)
try: del RO().r
except AttributeError as e: print(e)
