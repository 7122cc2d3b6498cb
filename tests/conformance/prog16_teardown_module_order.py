import sys
class Announce:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("del", self.name, "sys.modules alive:", "sys" in globals() and sys is not None)
a = Announce("a")
b = Announce("b")
_private = Announce("_private")
z = Announce("z")
container = {"k": Announce("in dict")}
class Cls:
    attr = Announce("class attr")
def fn(): pass
fn.x = Announce("fn attr")
import json
json._gclab_probe = Announce("attached to json")
print("end of main")
