"""Which stdlib helpers leave cycles? A script that builds each one in a
factory, drops it and prints what gc.collect() frees."""
import gc, functools, collections, dataclasses, typing, contextlib, itertools, weakref, types, operator, copy, json, io

gc.collect()
gc.disable()

def report(label, make):
    gc.collect()
    objs = make()
    del objs
    n = gc.collect()
    print(f"{label:28} {n}")

def dc_slots():
    @dataclasses.dataclass(slots=True)
    class P:
        x: int
        y: int = 0
    return P

def dc_frozen_order():
    @dataclasses.dataclass(frozen=True, order=True)
    class P:
        x: int
    return P

def dc_post_init():
    @dataclasses.dataclass
    class P:
        x: int
        y: int = dataclasses.field(init=False)
        def __post_init__(self):
            self.y = self.x * 2
    return P(1)

def total_ordering_cls():
    @functools.total_ordering
    class V:
        def __init__(self, v): self.v = v
        def __eq__(self, o): return self.v == o.v
        def __lt__(self, o): return self.v < o.v
    return V

def wraps_decorator():
    def deco(f):
        @functools.wraps(f)
        def w(*a): return f(*a)
        return w
    @deco
    def h(x): return x
    return h

def lru_wrapper():
    @functools.lru_cache(maxsize=8)
    def sq(x): return x * x
    sq(2); sq(3)
    return sq

def singledispatch_fn():
    @functools.singledispatch
    def f(x): return "obj"
    @f.register
    def _(x: int): return "int"
    f(1); f("a")
    return f

def partialmethod_cls():
    class C:
        def m(self, a, b): return a + b
        pm = functools.partialmethod(m, 1)
    return C

def generic_cls():
    T = typing.TypeVar("T")
    class Box(typing.Generic[T]):
        def __init__(self, v: T): self.v = v
    return Box

def namedtuple_typing():
    class NT(typing.NamedTuple):
        a: int
        b: str = ""
    return NT

def typeddict_cls():
    class TD(typing.TypedDict):
        a: int
    return TD

def counter_default():
    c = collections.Counter("hello")
    d = collections.defaultdict(list)
    d["x"].append(d)
    return c, d

def chainmap_cycle():
    a = {}
    cm = collections.ChainMap(a)
    a["cm"] = cm
    return cm

def userdict_cycle():
    u = collections.UserDict()
    u["me"] = u
    return u

def exitstack_cb():
    with contextlib.ExitStack() as st:
        st.callback(print, end="")
        return st

def deepcopy_cycle():
    a = [1]
    a.append(a)
    return copy.deepcopy(a)

def json_objects():
    return json.loads('{"a": [1, {"b": 2}], "c": {}}')

def stringio_obj():
    s = io.StringIO()
    s.write("x")
    s.me = s if hasattr(s, "__dict__") else None
    return s

def weakset_cycle():
    class N: pass
    ws = weakref.WeakSet()
    n = N()
    ws.add(n)
    n.ws = ws
    return n

def wvd_cycle():
    class N: pass
    d = weakref.WeakValueDictionary()
    n = N()
    d["n"] = n
    n.d = d
    return n

def finalize_cycle():
    class N: pass
    n = N()
    n.f = weakref.finalize(n, lambda: None)
    return n

def methodtype_cycle():
    class N: pass
    n = N()
    n.m = types.MethodType(lambda self: self, n)
    return n

def operator_getter_cycle():
    class N: pass
    n = N()
    n.g = operator.attrgetter("g")
    n.me = n
    return n

def groupby_live():
    l = [1, 1, 2]
    g = itertools.groupby(l)
    k, grp = next(g)
    l.append(grp)
    return g

for name, fn in list(globals().items()):
    if isinstance(fn, types.FunctionType) and name != "report":
        report(name, fn)
gc.enable()
