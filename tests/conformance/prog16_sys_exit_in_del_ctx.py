import sys, atexit
class C:
    def __del__(self): print("C del at exit")
c = C()
atexit.register(lambda: print("atexit ran"))
def f():
    try:
        sys.exit("bye message")
    finally:
        print("finally in f")
try:
    f()
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit(2)
finally:
    print("outer finally")
print("not reached")
