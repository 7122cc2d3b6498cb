import gc

class L:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("L del", self.n)

def first():
    loc = L("first")
    raise ValueError("first")

def second():
    loc = L("second")
    try:
        first()
    except ValueError:
        raise KeyError("second")

try:
    second()
except KeyError as e:
    ctx = e.__context__
print("context:", type(ctx).__name__, ctx)
print("ctx tb frames:", ctx.__traceback__.tb_next.tb_frame.f_code.co_name)
del ctx
print("dropped context")
try:
    second()
except KeyError as e:
    e.__context__ = None
    print("cleared context in handler")
print("end")
