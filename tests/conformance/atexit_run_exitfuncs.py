# atexit._run_exitfuncs runs the handlers now (newest first) and forgets them;
# a handler may register another handler while the others run.
import atexit
def later():
    print("registered during the run")
def registering():
    print("registering a new handler")
    atexit.register(later)
atexit.register(print, "one")
atexit.register(registering)
atexit._run_exitfuncs()
print("after _run_exitfuncs")
