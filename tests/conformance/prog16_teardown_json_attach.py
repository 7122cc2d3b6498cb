import os
class Announce:
    def __init__(self, name): self.name = name
    def __del__(self):
        os.write(1, ("del %s\n" % self.name).encode())
        print("printed", self.name)
a = Announce("a")
_p = Announce("_p")
import json
json._gclab_probe = Announce("attached to json")
print("end of main", flush=True)
