class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print(f"deleting {self.name}")
        delattr(obj, self.private)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None: return self
        print(f"computing {self.name}")
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @Lazy
    def greeting(self):
        return f"Hi, I'm {self.name}"

p = Person("Ann", 31)
print(p.name, p.age, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(p.greeting); print(p.greeting)
del p.age
try:
    p.age
except AttributeError as e:
    print("AttributeError:", e)
print(type(Person.name).__name__, Person.greeting.name)

class Temperature:
    def __init__(self): self._c = 0.0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self): print("reset"); self._c = 0.0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__)
try: t.celsius = -300
except ValueError as e: print(e)
del t.celsius
try: t.fahrenheit = 3
except AttributeError as e: print(e)
