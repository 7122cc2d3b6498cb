import atexit
import weakref

class Session:
    def __init__(self, name):
        self.name = name
        self._fin = weakref.finalize(self, Session._close, name)
    @staticmethod
    def _close(name):
        print(f"finalize: closing {name}")
    def close(self):
        self._fin()
    def __del__(self):
        print(f"__del__ {self.name}")

def goodbye(who):
    print("atexit goodbye", who)

atexit.register(goodbye, "first")
s1 = Session("s1")
s2 = Session("s2")
s3 = Session("s3")
s3._fin.atexit = False
atexit.register(goodbye, "second")
s2.close()
print("s2 fin alive:", s2._fin.alive)
print(s2._fin())
tmp = Session("tmp")
del tmp
print("s1 peek", s1._fin.peek()[0].__qualname__, s1._fin.peek()[1:])
d = s1._fin.detach()
print("detached", d[1:], s1._fin.alive)
s4 = Session("s4")

@atexit.register
def last_registered():
    print("atexit last registered (runs first)")

def unreg():
    print("should not print")
atexit.register(unreg)
atexit.unregister(unreg)
print("end of main")
