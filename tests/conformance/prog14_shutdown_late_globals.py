import sys

_private_config = {"verbose": True}
helper_list = ["x"]

def log(msg):
    print("log:", msg)

class Late:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        try:
            log(f"{self.name} dying; helper_list={helper_list!r} _private={_private_config!r}")
        except Exception as e:
            print(f"{self.name} __del__ failed: {type(e).__name__}: {e}")

class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("Cyc del", self.name, "sys is", type(sys).__name__, "log is", type(log).__name__)

a_first = Late("a_first")
cyc = Cyc("cyc")
z_last = Late("z_last")
_underscore = Late("_underscore")
lst = [Late("in_list")]
print("bye")
