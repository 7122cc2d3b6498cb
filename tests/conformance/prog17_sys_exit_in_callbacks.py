import sys, weakref

class D:
    def __del__(self):
        print("D del raising SystemExit")
        sys.exit(3)

d = D()
del d
print("still running")
class T: pass
t = T()
r = weakref.ref(t, lambda ref: sys.exit(4))
del t
print("still running after callback")
sys.exit(0)
