# A failing atexit handler is reported on stderr and the others still run;
# register() refuses a non-callable; atexit._ncallbacks (python3's site may
# have registered some already) and _clear.
import atexit

def bad():
    raise RuntimeError("handler failed")

try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
base = atexit._ncallbacks()
atexit.register(print, "first registered, runs last")
atexit.register(bad)
atexit.register(print, "runs first")
print(atexit._ncallbacks() - base)
atexit.register(print, "cleared")
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, "after clear: runs")
atexit.register(bad)
print("end of script")
