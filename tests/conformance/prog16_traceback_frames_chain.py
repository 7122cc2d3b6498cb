import gc
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("T del", self.n)
def a():
    ta = T("a"); b()
def b():
    tb = T("b"); raise RuntimeError("deep")
try:
    a()
except RuntimeError as e:
    tb = e.__traceback__
names = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print(names)
print("tb walked; locals alive until e's traceback goes")
try:
    a()
except RuntimeError as e:
    e.__traceback__ = None
    print("traceback dropped inside handler")
print("end")
