import sys, types
m = types.ModuleType('mm')
print(m.__class__, m.__dir__ is not None, type(m.__repr__).__name__)
def __getattr__(name):
    if name == 'magic': return 42
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ['a', 'b']
print(sys.modules[__name__].magic)
print(dir(sys.modules[__name__]))
try:
    sys.modules[__name__].nothing
except AttributeError as e:
    print(e)
class M(types.ModuleType):
    def hello(self): return "hi " + self.__name__
    @property
    def prop(self): return 'prop!'
    def __setattr__(self, k, v):
        print('setattr', k); super().__setattr__(k, v)
sys.modules[__name__].__class__ = M
mod = sys.modules[__name__]
print(type(mod).__name__, mod.hello(), mod.prop, isinstance(mod, types.ModuleType))
mod.zz = 5
print(zz)
mm = M('foo', 'docs')
print(mm.hello(), mm.__doc__, repr(mm), mm.__dict__['__name__'], type(mm) is M)
try:
    m.__class__ = int
except TypeError as e:
    print(e)
class N: pass
try:
    mm.__class__ = N
except TypeError as e:
    print(e)
mm.__class__ = types.ModuleType
print(type(mm))
import gc, weakref
gc.disable()
class Tracked(types.ModuleType):
    def __del__(self):
        print('del', self.__name__)
t = Tracked('cyc')
t.me = t
w = weakref.ref(t, lambda r: print('callback'))
del t
print('before collect', w() is not None)
gc.collect()
print('after collect', w())
u = Tracked('plain')
del u
print(type(types.ModuleType('x')).__name__, isinstance(Tracked('y'), types.ModuleType))
