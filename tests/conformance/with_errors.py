# Context manager protocol errors as 3.11 words them, and exceptions from
# __enter__ and __exit__ (an exception in __exit__ replaces the one being
# handled, which becomes its __context__).
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
class Plain:
    pass

for obj in [NoEnter(), NoExit(), Plain(), 42, "s"]:
    try:
        with obj:
            print("never")
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)

class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit is not called")
try:
    with EnterFails():
        print("never")
except RuntimeError as e:
    print("caught", e)

class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        raise ValueError("exit failed")
try:
    with ExitFails():
        raise KeyError("original")
except ValueError as e:
    print("caught", e, "context:", repr(e.__context__))
try:
    with ExitFails():
        pass
except ValueError as e:
    print("normal exit raised", e, e.__context__)

class Instance:
    def __init__(self):
        self.__enter__ = lambda: print("instance attribute is ignored")
try:
    with Instance():
        pass
except TypeError as e:
    print("TypeError:", e)

import sys
class Sees:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("exc_info inside __exit__:", sys.exc_info()[0].__name__)
        return True
with Sees():
    raise IndexError
print("outside:", sys.exc_info())
