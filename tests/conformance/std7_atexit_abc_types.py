# abc (abstract methods and properties and the instantiation TypeErrors,
# register), collections.abc isinstance checks and mixin methods of
# Sequence/MutableMapping subclasses, types (SimpleNamespace, MethodType,
# MappingProxyType, ...), then atexit handlers (LIFO, unregister) against
# weakref.finalize and __del__ at shutdown.
import atexit, abc, types, weakref
from collections.abc import Sequence, Mapping, Iterable, Iterator, Callable, Hashable, Sized, MutableMapping, Generator
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Sq(Shape):
    def area(self): return 4
    @property
    def name(self): return "sq"
print(Sq().area(), Sq().name, isinstance(Sq(), Shape), sorted(Shape.__abstractmethods__))
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class MyABC(metaclass=abc.ABCMeta): pass
MyABC.register(int)
print(isinstance(1, MyABC), issubclass(bool, MyABC), issubclass(str, MyABC))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance((x for x in []), Iterator), isinstance(len, Callable), isinstance([], Hashable), isinstance("", Sized))
print(isinstance((x for x in []), Generator), issubclass(dict, MutableMapping), isinstance(iter([]), Iterable))
class Bag(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
b = Bag(3, 1, 3); print(list(b), b.index(1), b.count(3), 3 in b, list(reversed(b)))
class Reg(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
r = Reg(); r['a'] = 1; r.update(b=2); print(dict(r), r.get('z', 0), r.pop('a'), list(r.items()), r.setdefault('c', 3), len(r))
ns = types.SimpleNamespace(x=1, y=2); ns.z = 3; print(ns, ns == types.SimpleNamespace(x=1, y=2, z=3), vars(ns))
class K:
    def __init__(self): self.v = 10
def getv(self): return self.v
k = K(); k.getv = types.MethodType(getv, k); print(k.getv(), type(k.getv).__name__, isinstance(getv, types.FunctionType))
print(types.MappingProxyType({'a': 1}), type(len) is types.BuiltinFunctionType, isinstance((lambda: 0), types.LambdaType), types.ModuleType("m"))
def gen(): yield
print(isinstance(gen(), types.GeneratorType), types.NoneType, type(...) is types.EllipsisType)
class Obj:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
keep = Obj("kept")
def bye(who): print("bye", who)
atexit.register(bye, "first")
atexit.register(bye, "second")
@atexit.register
def last(): print("last registered, runs first")
def never(): print("never")
atexit.register(never); atexit.unregister(never)
weakref.finalize(keep, print, "finalize keep")
print("main done")
