import gc

class L:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("L del", self.n)

def low():
    x = L("low")
    raise KeyError("low")

def high():
    y = L("high")
    try:
        low()
    except KeyError as e:
        raise ValueError("high") from e

try:
    high()
except ValueError as err:
    cause = err.__cause__
    print("cause", repr(cause), "suppress", err.__suppress_context__)
print("cause kept; dropping cause")
del cause
print("---")
try:
    high()
except ValueError as err:
    err.__cause__ = None
    err.__context__ = None
    print("cleared cause and context in handler")
print("---")
def swallow():
    z = L("swallow")
    try:
        low()
    except KeyError:
        raise ValueError("from None") from None
try:
    swallow()
except ValueError as err:
    print("suppress", err.__suppress_context__, "context kept:", type(err.__context__).__name__)
print("end")
