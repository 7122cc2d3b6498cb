# inspect.signature for def functions, lambdas, bound and unbound methods,
# classmethods, staticmethods, classes (__init__, __new__, metaclass
# __call__), callable instances, functools.partial and wraps chains;
# Parameter/Signature str, repr, kinds and equality; bind/bind_partial
# with BoundArguments and CPython's TypeErrors; the bad inputs.
import functools
import inspect
from inspect import Parameter, Signature

def f(a, b=2, *args, c, d=4, **kw) -> int:
    pass
def g(x: int = 5, *, y: 'str', z: list[int] = None) -> 'Result':
    pass
def posonly(a, b, /, c, *, d):
    pass

class C:
    def __init__(self, name, size=1):
        pass
    def m(self, x, y=3):
        pass
    @classmethod
    def cm(cls, z):
        pass
    @staticmethod
    def sm(q, *rest):
        pass
    def __call__(self, item, /):
        pass

class N:
    def __new__(cls, value, *, tag=None):
        return super().__new__(cls)

class Meta(type):
    def __call__(cls, alpha, beta=0):
        return super().__call__()
class WithMeta(metaclass=Meta):
    pass

class Plain:
    pass

for obj in (f, g, posonly, lambda x, /, y=1, *a, k, **kw: 0, C, C.m, C("n").m, C.cm, C.sm, C("n"), N, WithMeta, Plain,
            functools.partial(f, 1, c=3), functools.partial(f, b=9), functools.partial(posonly, 1)):
    print(inspect.signature(obj))

@functools.wraps(f)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))

sig = inspect.signature(f)
print(repr(sig), list(sig.parameters), sig.return_annotation)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, p.kind.description, int(p.kind), p.default is Parameter.empty)
print(Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, str(Parameter.VAR_KEYWORD))
ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = sig.bind(1, c=2)
ba.apply_defaults()
print(ba.arguments)
print(sig.bind_partial(c=1).arguments, inspect.signature(posonly).bind(1, 2, 3, d=4).args)
for call in ("sig.bind()", "sig.bind(1)", "sig.bind(1, c=1, b=2, a=3)", "inspect.signature(posonly).bind(1, b=2, c=3, d=4)",
             "inspect.signature(g).bind(1, 2)", "inspect.signature(g).bind(q=1, y=2)", "inspect.signature(C.cm).bind(1, 2)"):
    try:
        print(call, eval(call))
    except TypeError as e:
        print(call, '->', e)

new = sig.replace(parameters=[Parameter('x', Parameter.POSITIONAL_ONLY), Parameter('y', Parameter.KEYWORD_ONLY, default=1)],
                  return_annotation=None)
print(new, new == sig, new == inspect.signature(lambda x, /, *, y=1: None), hash(new) == hash(new.replace()))
print(Parameter('v', Parameter.VAR_POSITIONAL, annotation=int), Parameter('a', 1, default=[1]).replace(name='b'))
for bad in ("Parameter('a', 7)", "Parameter('1a', 1)", "Parameter('def', 1)", "Parameter(1, 1)",
            "Parameter('a', Parameter.VAR_POSITIONAL, default=1)",
            "Signature([Parameter('a', 3), Parameter('b', 1)])", "Signature([Parameter('a', 1), Parameter('a', 1)])",
            "Signature([Parameter('a', 1, default=1), Parameter('b', 1)])",
            "inspect.signature(5)", "inspect.signature(functools.partial(f, 1, 2, 3, a=1))"):
    try:
        print(bad, eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, '->', type(e).__name__, str(e).split(' at 0x')[0])
def annotated(x: 'Fwd', y: dict[str, int], z: Plain) -> None:
    pass
print(inspect.signature(annotated), inspect.formatannotation(Plain), inspect.formatannotation(int))
