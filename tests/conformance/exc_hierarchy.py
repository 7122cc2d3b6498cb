# The builtin exception hierarchy of 3.11: every class's base, and except
# clauses catching through the intermediate classes.
names = """BaseException SystemExit KeyboardInterrupt GeneratorExit Exception
StopIteration StopAsyncIteration ArithmeticError FloatingPointError
ZeroDivisionError OverflowError AssertionError AttributeError BufferError
EOFError LookupError IndexError KeyError NameError UnboundLocalError OSError
BlockingIOError ChildProcessError ConnectionError BrokenPipeError
ConnectionAbortedError ConnectionRefusedError ConnectionResetError
FileExistsError FileNotFoundError InterruptedError IsADirectoryError
NotADirectoryError PermissionError ProcessLookupError TimeoutError
ReferenceError RuntimeError RecursionError NotImplementedError TypeError
ValueError UnicodeError MemoryError ImportError
ModuleNotFoundError SyntaxError IndentationError TabError SystemError Warning
UserWarning DeprecationWarning PendingDeprecationWarning SyntaxWarning
RuntimeWarning FutureWarning ImportWarning UnicodeWarning BytesWarning
EncodingWarning ResourceWarning""".split()
import builtins
b = builtins
for n in names:
    cls = getattr(b, n)
    print(n, "->", cls.__bases__[0].__name__)

def classify(exc):
    try:
        raise exc
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arithmetic"
    except OSError:
        return "os"
    except Warning:
        return "warning"
    except Exception:
        return "exception"
    except BaseException:
        return "base"

for e in [KeyError("k"), IndexError(), ZeroDivisionError(), FloatingPointError(),
          FileNotFoundError(), BrokenPipeError(), TimeoutError(), DeprecationWarning("d"),
          UnicodeError(), EOFError(), KeyboardInterrupt(), SystemExit(2)]:
    print(type(e).__name__, classify(e))
print(issubclass(TabError, SyntaxError), issubclass(RecursionError, RuntimeError))
print(isinstance(UserWarning("w"), Exception))
