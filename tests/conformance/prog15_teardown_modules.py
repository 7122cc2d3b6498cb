import mod_prog15_helper as helper
from mod_prog15_helper import Tracker

class Local:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("Local del", self.n, "helper module:", type(helper).__name__)

a = Local(1)
t = Tracker("main-owned")
helper.register(Local(2))
b = Local(3)
print("main done")
