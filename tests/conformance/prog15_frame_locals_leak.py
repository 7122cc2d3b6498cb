import sys, traceback, gc

class Heavy:
    def __init__(self, n): self.n = n
    def __del__(self): print("Heavy del", self.n)

def risky(n):
    h = Heavy(n)
    if n > 0:
        raise RuntimeError(f"fail {n}")

errors = []
for i in range(1, 4):
    try:
        risky(i)
    except RuntimeError as e:
        errors.append(e)
print("collected errors:", [str(e) for e in errors])
print("first frame locals:", sorted(errors[0].__traceback__.tb_next.tb_frame.f_locals))
traceback.clear_frames(errors[0].__traceback__)
print("cleared first")
errors[1].__traceback__ = None
print("dropped second traceback")
del errors
print("dropped list")

def log_and_continue():
    try:
        risky(9)
    except RuntimeError:
        s = traceback.format_exc()
        return s.splitlines()[-1]
print(log_and_continue())
try:
    risky(7)
except RuntimeError:
    t, v, tb = sys.exc_info()
    lines = traceback.format_exception(t, v, tb)
    print(len(lines) > 0, lines[-1].strip())
    del t, v, tb
print("end")
