# The interpreter's traceback printer (sys.excepthook, uncaught
# exceptions) names an exception class of __main__ or builtins without its
# module, through a chain of causes and contexts; other modules' classes
# keep theirs.
import re
import sys
import mod_std9_errors



class ShortPaths:
    # Folders are left out of the paths (they differ between runs).
    def write(self, text):
        return sys.__stdout__.write(re.sub(r'File "[^"]*/', 'File "', text))

    def flush(self):
        pass


sys.stderr = ShortPaths()


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class Outer:
    class Inner(LookupError):
        pass


def level3():
    raise AppError(42, "deep failure")


def level2():
    try:
        level3()
    except AppError as e:
        raise Outer.Inner("wrapped") from e


try:
    try:
        level2()
    except LookupError:
        mod_std9_errors.fail("from a module")
except Exception:
    sys.excepthook(*sys.exc_info())

try:
    raise KeyError("builtin")
except Exception:
    sys.excepthook(*sys.exc_info())
print("end")
raise AppError(1, "uncaught")
