# ExceptionGroup.split / subgroup / derive: by type, tuple of types or a
# predicate, recursion into nested groups, the same object back when the
# whole group matches, derived parts keeping traceback/cause/context/notes.
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("mid", [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(OSError))
print(eg.subgroup(Exception) is eg)
print(eg.split((TypeError, KeyError)))
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"))
print(repr(eg.derive([OSError(5)])), eg.derive([KeyboardInterrupt()]).__class__.__name__)

for bad in [1, "x", int, (ValueError, 1)]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError", e)

try:
    raise ExceptionGroup("raised", [ValueError(1), TypeError(2)])
except ExceptionGroup as caught:
    caught.add_note("a note")
    caught.__cause__ = RuntimeError("cause")
    m, r = caught.split(ValueError)
    print(m.__traceback__ is caught.__traceback__, r.__traceback__ is caught.__traceback__)
    print(m.__cause__ is caught.__cause__, m.__suppress_context__, m.__notes__, m.__notes__ is caught.__notes__)

class Tagged(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", excs)
        return Tagged(self.message + "*", excs)
tg = Tagged("t", [ValueError(1), TypeError(2)])
m, r = tg.split(ValueError)
print(type(m).__name__, m.message, r.message)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError", e)
