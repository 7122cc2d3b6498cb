# The tp_str / tp_repr slot wrappers of BaseException and of the builtin
# exceptions with their own __str__ (KeyError, OSError, ImportError,
# SyntaxError, the Unicode errors, exception groups), reached by super()
# from a subclass's __str__/__repr__ or called on the class directly; each
# runs its own class's C function, never a subclass's override.
import gc


class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {super().__str__()}"


class ConfigError(AppError):
    pass


class Missing(KeyError):
    def __str__(self):
        return "missing " + super().__str__()


class Wrapped(ValueError):
    def __repr__(self):
        return "Wrapped<" + super().__repr__() + ">"

    def __str__(self):
        return "W:" + BaseException.__str__(self)


class NoFile(FileNotFoundError):
    def __str__(self):
        return "nofile " + super().__str__()


class Trace:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "Trace " + self.name

    def __del__(self):
        print("del", self.name)


e = ConfigError("missing b", code=2)
print(str(e), repr(e), e.args, f"{e}", "%s" % e)
print(str(Missing("k")), repr(Missing("k")), KeyError.__str__(Missing("k")), BaseException.__str__(Missing("k")))
print(str(Wrapped(1, 2)), repr(Wrapped("x")), repr(Wrapped()), str(Wrapped()))
print(str(NoFile(2, "No such file", "a.txt")), BaseException.__str__(OSError(2, "x")))
print(Exception.__str__(ValueError("v")), BaseException.__repr__(KeyError("k")), ValueError.__repr__(Missing(1, 2)))
print("__str__" in BaseException.__dict__, "__repr__" in BaseException.__dict__, "__str__" in KeyError.__dict__,
      "__str__" in Exception.__dict__, "__str__" in OSError.__dict__)
print(ImportError.__str__(ImportError("no module", name="m")), SyntaxError.__str__(SyntaxError("bad", ("f.py", 3, 1, "x"))))
try:
    BaseException.__str__(42)
except TypeError as err:
    print("TypeError")
# The exception (and what its args hold) dies as soon as its last reference goes.
t = AppError(Trace("in args"))
print(str(t))
del t
try:
    raise ConfigError("fatal", code=9) from KeyError("root")
except AppError as err:
    print(err, "|", err.__cause__, "|", repr(err.__cause__))
print(gc.collect())
raise ConfigError("uncaught", code=3)
