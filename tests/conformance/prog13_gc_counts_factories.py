"""Teaching script: how many objects does gc.collect() free when a class,
closure, generator or container cycle made by a factory is dropped?"""
import gc, weakref, functools, collections, dataclasses, enum, contextlib, itertools, types

gc.collect()
gc.disable()

def report(label, make):
    gc.collect()
    objs = make()
    del objs
    n = gc.collect()
    print(f"{label:28} {n}")

def local_class():
    class A:
        x = 1
        def m(self): return self.x
    return A

def class_with_slots():
    class S:
        __slots__ = ("a", "b")
    return S

def dataclass_cls():
    @dataclasses.dataclass
    class DC:
        a: int
        b: list = dataclasses.field(default_factory=list)
    return DC

def dataclass_inst():
    @dataclasses.dataclass
    class DC:
        a: int
    return DC(1)

def enum_cls():
    class Color(enum.Enum):
        RED = 1
        GREEN = 2
    return Color

def closure_cycle():
    def outer():
        def inner():
            return inner
        return inner
    return outer()

def gen_cycle():
    def g():
        me = yield
        yield me
    it = g()
    next(it)
    it.send(it)
    return None

def self_list():
    l = []
    l.append(l)
    return l

def dict_cycle():
    a = {}
    b = {"a": a}
    a["b"] = b
    return a

def bound_method_cycle():
    class C:
        def m(self): pass
    c = C()
    c.cb = c.m
    return c

def partial_cycle():
    class C: pass
    c = C()
    c.p = functools.partial(print, c)
    return c

def namedtuple_cls():
    return collections.namedtuple("P", "x y")

def exception_tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e

def lambda_default():
    f = lambda x=[]: x
    f.__defaults__[0].append(f)
    return f

def deque_cycle():
    d = collections.deque()
    d.append(d)
    return d

def ordered_cycle():
    o = collections.OrderedDict()
    o["me"] = o
    return o

def frame_cycle():
    import sys
    f = sys._getframe()
    return f

def contextmanager_obj():
    @contextlib.contextmanager
    def cm():
        yield 1
    with cm() as v:
        pass
    return cm

def simple_namespace_cycle():
    ns = types.SimpleNamespace()
    ns.me = ns
    return ns

def property_class():
    class P:
        @property
        def v(self): return 1
        @v.setter
        def v(self, x): pass
        @staticmethod
        def s(): pass
        @classmethod
        def c(cls): pass
    return P

def weakref_cb_cycle():
    class N: pass
    n = N()
    n.r = weakref.ref(n, lambda r: None)
    return n

def metaclass_cls():
    class Meta(type):
        def __call__(cls, *a):
            return super().__call__(*a)
    class M(metaclass=Meta):
        pass
    return M

def subclass_list():
    class L(list): pass
    x = L()
    x.append(x)
    return x

def itertools_cycle():
    l = []
    c = itertools.cycle(l)
    l.append(c)
    return c

for name, fn in list(globals().items()):
    if isinstance(fn, types.FunctionType) and name != "report":
        report(name, fn)
gc.enable()
