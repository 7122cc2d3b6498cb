# weakref.ProxyType has CPython's slot wrappers (add_operators over
# proxy_as_number, proxy_as_mapping, tp_str, tp_richcompare, tp_iter, ...):
# looked up on the type they forward to the referent, like the operators.
import weakref


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "Num(%d)" % self.v

    def __index__(self):
        return self.v

    def __float__(self):
        return self.v + 0.5

    def __add__(self, other):
        return "add(%s)" % other

    def __radd__(self, other):
        return "radd(%s)" % other

    def __neg__(self):
        return "neg"

    def __lt__(self, other):
        return "lt"

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


n = Num(4)
p = weakref.proxy(n)
P = type(p)
names = ["__int__", "__float__", "__index__", "__add__", "__radd__", "__iadd__", "__neg__", "__abs__",
         "__bool__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__iter__", "__next__",
         "__contains__", "__str__", "__repr__", "__eq__", "__lt__", "__hash__", "__getattribute__",
         "__setattr__", "__delattr__", "__bytes__", "__reversed__", "__pow__", "__rpow__", "__divmod__",
         "__matmul__", "__invert__", "__truediv__", "__call__", "__complex__", "__round__", "__format__"]
print([k for k in names if hasattr(P, k)])
print([k for k in names if hasattr(weakref.CallableProxyType, k)])
show(lambda: P.__str__(p))
show(lambda: P.__int__(p))
show(lambda: P.__float__(p))
show(lambda: P.__index__(p))
show(lambda: P.__add__(p, 1))
show(lambda: P.__radd__(p, 1))
show(lambda: P.__neg__(p))
show(lambda: P.__lt__(p, 0))
show(lambda: P.__len__(p))
show(lambda: P.__getitem__(p, 2))
show(lambda: P.__bool__(p))
show(lambda: P.__hash__(p))
show(lambda: P.__getattribute__(p, "v"))
show(lambda: P.__int__(p, 1))
show(lambda: P.__str__(p) == str(p))
show(lambda: int(p))
show(lambda: float(p))
show(lambda: format(p))
show(lambda: format(p, ">3"))

nums = [1, 2, 3]
q = weakref.proxy(l := type("L", (list,), {})(nums))
show(lambda: type(q).__contains__(q, 2))
show(lambda: type(q).__iter__(q).__next__())
show(lambda: type(q).__setitem__(q, 0, 9))
show(lambda: l)
show(lambda: type(q).__delitem__(q, 0))
show(lambda: l)
show(lambda: type(q).__iadd__(q, [7]) is l)


def f(x):
    return x * 2


cp = weakref.proxy(f)
show(lambda: type(cp).__call__(cp, 21))
show(lambda: type(cp).__name__)

del n
show(lambda: P.__str__(p))
show(lambda: P.__int__(p))
