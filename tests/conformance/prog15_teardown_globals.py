import sys

class Reporter:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        try:
            print("del", self.name, "helper is", type(helper).__name__, "sys is", type(sys).__name__)
        except Exception as e:
            print("del", self.name, "error", type(e).__name__)

def helper():
    return 1

first = Reporter("first")
second = Reporter("second")
_private = Reporter("_private")
zlast = Reporter("zlast")
container = [Reporter("in-list")]
d = {"k": Reporter("in-dict")}
print("end of main")
