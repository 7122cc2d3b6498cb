# An ordinary program: abc.ABC with abstract methods, a signal holding
# WeakMethod/ref slots that drop dead listeners, a generator pipeline over
# contextlib.closing resources closed when the pipeline is dropped,
# dataclass(slots, weakref_slot), a MutableSequence mixin, SimpleNamespace,
# MethodType, reduce/operator composition, wraps; textwrap.dedent of a
# non-str raises TypeError as re.sub does.
import abc, collections.abc, contextlib, functools, gc, itertools, weakref, dataclasses, operator, sys, types

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def __repr__(self): return f'{type(self).__name__}({self.area()})'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(e)
print(Sq(3), isinstance(Sq(1), Shape), issubclass(Sq, collections.abc.Hashable))

class Signal:
    def __init__(self):
        self._slots = []
    def connect(self, fn):
        ref = weakref.WeakMethod(fn) if hasattr(fn, '__self__') else weakref.ref(fn)
        self._slots.append(ref)
    def emit(self, *args):
        alive = []
        for r in self._slots:
            f = r()
            if f is not None:
                f(*args)
                alive.append(r)
        self._slots = alive
        return len(alive)

class Listener:
    def __init__(self, name): self.name = name
    def on(self, x): print(self.name, 'got', x)
    def __del__(self): print('del', self.name)

sig = Signal()
l1, l2 = Listener('l1'), Listener('l2')
sig.connect(l1.on); sig.connect(l2.on)
def free(x): print('free got', x)
sig.connect(free)
print(sig.emit(1))
del l1
print(sig.emit(2))
del free
print(sig.emit(3))

class Resource:
    def __init__(self, n): self.n = n; print('open', n)
    def close(self): print('close', self.n)
    def __enter__(self): return self
    def __exit__(self, *exc): self.close(); return False

def lines(res):
    with contextlib.closing(res):
        for i in range(3):
            yield f'{res.n}:{i}'

pipe = map(str.upper, itertools.chain(lines(Resource('a')), lines(Resource('b'))))
print(next(pipe), next(pipe))
del pipe
gc.collect()
print('pipeline dropped')

@dataclasses.dataclass(slots=True, weakref_slot=True)
class Token:
    kind: str
    text: str = ''
t = Token('name', 'x')
r = weakref.ref(t)
print(r() is t, Token.__slots__, dataclasses.fields(Token)[0].name)
del t
print(r())

class Stack(collections.abc.MutableSequence):
    def __init__(self): self._d = []
    def __getitem__(self, i): return self._d[i]
    def __setitem__(self, i, v): self._d[i] = v
    def __delitem__(self, i): del self._d[i]
    def __len__(self): return len(self._d)
    def insert(self, i, v): self._d.insert(i, v)
s = Stack()
s.extend([3, 1, 2]); s.append(5); s.reverse()
print(list(s), s.pop(), s.index(1), 3 in s, s.count(1))

ns = types.SimpleNamespace(a=1, b=[2])
print(ns, ns == types.SimpleNamespace(a=1, b=[2]))
mp = types.MappingProxyType({'k': 1})
print(mp['k'], type(mp).__name__)
bound = types.MethodType(lambda self: self.a, ns)
print(bound())
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(operator.neg, abs, str)(-5))
print(sorted({'b': 2, 'a': 3}.items(), key=operator.itemgetter(1)), functools.reduce(operator.add, range(5), 10))
@functools.wraps(print)
def shout(*a): return None
print(shout.__name__, shout.__wrapped__ is print)
import textwrap
for a in (5, b"x", None):
    try:
        textwrap.dedent(a)
    except TypeError as e:
        print(e)
