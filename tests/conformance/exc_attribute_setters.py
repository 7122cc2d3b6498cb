# Exception attributes as BaseException's getsets and members check them:
# __cause__/__context__/__traceback__ accept None or the right kind only,
# __suppress_context__ only a bool, none of them (nor args) may be deleted;
# raise from a class, context chains that would form a cycle, custom
# __init__ and args, StopIteration.value, OSError fields, group errors.
try: raise ValueError("v") from KeyError
except ValueError as e: print(repr(e.__cause__), e.__suppress_context__)
try: raise ValueError from 5
except TypeError as e: print(e)
e = ValueError()
try: e.__cause__ = 5
except TypeError as x: print(x)
try: e.__context__ = "s"
except TypeError as x: print(x)
try: e.__traceback__ = 5
except TypeError as x: print(x)
try: e.with_traceback(5)
except TypeError as x: print(x)
e.args = [1, 2]; print(e.args, str(e))
try: e.args = 5
except TypeError as x: print(x)
try: e.__suppress_context__ = 1
except TypeError as x: print(x)
e.__suppress_context__ = True; print(e.__suppress_context__)
for attr in ["args", "__traceback__", "__context__", "__cause__", "__suppress_context__"]:
    try: delattr(e, attr)
    except TypeError as x: print(x)
a = ValueError("a"); b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as got:
    print(repr(got.__context__), repr(got.__context__.__context__))
def cyc():
    try:
        raise KeyError(1)
    except KeyError as k:
        try:
            raise ValueError(2)
        except ValueError as v:
            k.__context__ = v
            raise k
try: cyc()
except KeyError as k: print(repr(k.__context__), repr(k.__context__.__context__))
class MyE(Exception):
    def __init__(self): super().__init__("fixed")
try: raise MyE
except MyE as m: print(m, m.args)
class NoArgsE(Exception):
    def __init__(self, a, b): self.a = a
try: raise NoArgsE(1, 2)
except NoArgsE as n: print(repr(n), n.args, str(n))
print(repr(StopIteration(5).value), repr(StopIteration().value), KeyError("k").args)
print(OSError(2, "No such", "f.txt").filename, str(OSError(2, "No such", "f.txt")))
print(repr(ExceptionGroup("m", [ValueError(1)]).exceptions), ExceptionGroup("m", [ValueError(1)]).message)
try: raise ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as t: print(t)
