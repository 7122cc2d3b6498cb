# add_note/__notes__, with_traceback, and traceback objects: tb_next,
# tb_lineno, tb_frame; a traceback keeps the frames (and locals) it passes
# through alive until the exception dies.
class Local:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

e = ValueError("v")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)

def inner():
    keep = Local("inner local")
    raise KeyError("deep")

def outer():
    keep = Local("outer local")
    inner()

try:
    outer()
except KeyError as err:
    tb = err.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines:", lines)
    print("frame kept:", err.__traceback__.tb_next.tb_frame is not None)
    saved = err
print("handler done, exception saved")
del saved
print("saved exception released")

t = None
try:
    raise RuntimeError("with tb")
except RuntimeError as err:
    t = err.__traceback__
fresh = ValueError("fresh")
print(fresh.with_traceback(t) is fresh, fresh.__traceback__ is t)
print(fresh.with_traceback(None).__traceback__)
try:
    fresh.with_traceback(5)
except TypeError as err:
    print("TypeError:", err)
