# __getattr__ as a fallback (only for missing attributes), __getattribute__
# overriding every lookup with object.__getattribute__ inside, AttributeError
# falling back from __getattribute__ to __getattr__, and getattr/hasattr
# defaults swallowing AttributeError raised by Python code.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print("set", name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        print("del", name)
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.a = 1
    def hello(self):
        return "hello from target"

t = Target()
p = Proxy(t)
print(p.a, p.hello(), p.log)
p.b = 2
print(t.b, "b" in p.__dict__)
del p.a
print(hasattr(t, "a"), hasattr(p, "a"), getattr(p, "a", "default"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)

class Counting:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"

c = Counting()
c.x = 5
print(c.x, c.method(), c.x, c.hits)

class Fallback:
    def __getattribute__(self, name):
        if name.startswith("virtual_"):
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
f = Fallback()
f.real = 1
print(f.real, f.virtual_x, getattr(f, "virtual_y"))

class Strict:
    __slots__ = ()
    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")
s = Strict()
print(hasattr(s, "q"), getattr(s, "q", 0))
try:
    s.q
except AttributeError as e:
    print("AttributeError:", e)

class Other:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Other(), "z")
except KeyError as e:
    print("KeyError propagates:", e)

class Frozen:
    def __init__(self, v):
        super().__setattr__("v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
fr = Frozen(3)
print(fr.v)
for action in (lambda: setattr(fr, "v", 4), lambda: delattr(fr, "v")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
object.__setattr__(fr, "v", 10)
print(fr.v)
try:
    object.__getattribute__(fr, "nope")
except AttributeError as e:
    print("AttributeError:", e)
