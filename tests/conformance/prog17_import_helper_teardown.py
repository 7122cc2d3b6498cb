import mod_prog17_helper as h
import mod_prog17_helper
import sys

print(h is mod_prog17_helper, h.__name__)

class Local:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("main Local del", self.name)

a = Local("a")
h.register(Local("registered"))
b = Local("b")
print("refs to module >= 3:", sys.getrefcount(h) >= 3)
print("end")
