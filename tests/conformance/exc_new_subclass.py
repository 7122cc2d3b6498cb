# Exception subclasses with their own __new__ (PEP 654's pattern for
# ExceptionGroup subclasses carrying extra state): super().__new__ with the
# message and exceptions, __init__ then sets args from all the arguments,
# derive() keeps the extra state in split parts; plain exceptions too.
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)

e = MyEG("m", [ValueError(1), TypeError(2)], 42)
print(e.code, repr(e), e.args)
m, r = e.split(ValueError)
print(type(m).__name__, m.code, r.code, repr(m))
try:
    raise e
except* ValueError as part:
    print("part", type(part).__name__, part.code)
except* TypeError as part:
    print("part", type(part).__name__, part.code)

class E2(Exception):
    def __new__(cls, *args):
        print("E2.__new__", args)
        return super().__new__(cls, *args)
    def __init__(self, *args):
        print("E2.__init__", args)
        super().__init__(*args)
print(repr(E2(1, 2)))

class Coded(ValueError):
    def __new__(cls, code):
        self = super().__new__(cls, f"code {code}")
        self.code = code
        return self
try:
    raise Coded(7)
except ValueError as exc:
    print(repr(exc), exc.code, exc.args)

class Singleton(Exception):
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
print(BaseException.__new__(ValueError, 1, 2).args)
try:
    BaseException.__new__(int)
except TypeError as exc:
    print("TypeError", exc)
