# inspect's generator states and locals (getgeneratorstate while created,
# suspended, running inside itself, closed), the kind predicates over
# functions/methods/builtins/classes/code/frames, getmembers, getdoc and
# cleandoc, unwrap through functools.wraps, isabstract; keyword's lists.
import inspect, keyword, types, functools, gc
def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total
g = gen(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
def peek(it):
    print("inside:", inspect.getgeneratorstate(it))
    yield
g2 = None
def selfref():
    yield inspect.getgeneratorstate(g2)
g2 = selfref()
print(next(g2))
list(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
try:
    inspect.getgeneratorlocals([])
except TypeError as e:
    print(e)
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(peek), inspect.isgeneratorfunction(print), inspect.isfunction(gen), inspect.isgenerator(g))
class A:
    """Doc
       indented
    """
    x = 1
    def m(self): pass
    @staticmethod
    def s(): pass
print(inspect.isclass(A), inspect.ismethod(A().m), inspect.isfunction(A.m), inspect.isroutine(len), inspect.isbuiltin(len), inspect.ismodule(inspect))
print(repr(inspect.getdoc(A)), inspect.cleandoc("  a\n    b\n  c"))
print([n for n, v in inspect.getmembers(A) if not n.startswith("__")])
print(inspect.getmembers(A(), inspect.ismethod)[0][0])
@functools.wraps(gen)
def wrapper(*a): return gen(*a)
print(inspect.unwrap(wrapper) is gen, inspect.getmro(bool))
print(inspect.currentframe().f_code.co_name, inspect.iscode(gen.__code__), inspect.isframe(inspect.currentframe()))
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
print(inspect.isabstract(Base), inspect.isabstract(A))
