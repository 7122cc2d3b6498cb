# ExceptionGroup / BaseExceptionGroup constructors: argument checks and
# messages, BaseExceptionGroup becoming ExceptionGroup when every member is an
# Exception, args kept as given, message/exceptions attributes, str and repr.
def t(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

t(1, lambda: ExceptionGroup("m", [ValueError(1), TypeError("x")]))
t(2, lambda: BaseExceptionGroup("m", [ValueError(1)]))
t(3, lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
t(4, lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(5, lambda: ExceptionGroup("m", []))
t(6, lambda: ExceptionGroup("m", None))
t(7, lambda: ExceptionGroup(1, [ValueError()]))
t(8, lambda: ExceptionGroup("m", [ValueError(), 5]))
t(9, lambda: ExceptionGroup("m"))
t(10, lambda: ExceptionGroup("m", (ValueError(2),)))
t(11, lambda: ExceptionGroup("m", [ValueError()], 3))
t(12, lambda: ExceptionGroup("m", {ValueError()}))

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError("k")])])
print(str(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args[0], type(eg.args[1]).__name__)
print(str(ExceptionGroup("one", [ValueError()])))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
try:
    eg.message = "x"
except AttributeError as e:
    print("AttributeError", e)

class MyGroup(ExceptionGroup):
    pass
mg = MyGroup("mine", [ValueError(3)])
print(type(mg).__name__, repr(mg), str(mg))
t(13, lambda: MyGroup("mine", [KeyboardInterrupt()]))
class MyBaseGroup(BaseExceptionGroup):
    pass
print(type(MyBaseGroup("b", [ValueError()])).__name__)
print(type(MyBaseGroup("b", [SystemExit()])).__name__)
