import gc
print(type(gc.garbage).__name__, gc.garbage)
gc.garbage.append("x")
print(gc.garbage)
gc.garbage.clear()
try:
    gc.garbage = []
    print("rebound module attr ok", gc.garbage == [])
except Exception as e:
    print(type(e).__name__)
import gc as g2
print(g2.garbage is gc.garbage)
