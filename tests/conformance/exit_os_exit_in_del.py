# os._exit() inside a __del__ running at refcount death: the program ends
# there, with no atexit handler and no teardown.
import os, sys, atexit
atexit.register(print, "atexit (no)")
class D:
    def __del__(self):
        print("in __del__"); sys.stdout.flush()
        os._exit(5)
d = D()
del d
print("after del (no)")
