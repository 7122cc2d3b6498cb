# A generator's frame object: f_back while it runs, None once it finished, 
# in a traceback kept after the generator raised.
import sys
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    r = R("gen-local")
    yield sys._getframe()
    raise ValueError("in gen")
def driver():
    d = R("driver-local")
    g = gen()
    f = next(g)
    print("live f_back:", f.f_back.f_code.co_name)
    try:
        next(g)
    except ValueError as e:
        return e, f
e, f = driver()
print("driver returned")
print("gen frame f_back after finish:", f.f_back)
tb = e.__traceback__
while tb.tb_next: tb = tb.tb_next
print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_back)
del e, f, tb
print("end")
