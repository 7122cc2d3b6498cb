import atexit, sys

class D:
    def __del__(self):
        print("D del at shutdown")

def handler_exit():
    print("handler raising SystemExit(5)")
    sys.exit(5)

def handler_after():
    print("registered first, runs last")

atexit.register(handler_after)
atexit.register(handler_exit)
atexit.register(print, "runs first")
d = D()
print("main exits with 2")
sys.exit(2)
