import gc
gc.disable()  # cycles die at the collections the program asks for (or at exit)
import sys
import mod_prog14_helpers as helpers
from mod_prog14_helpers import make, Tracked

LOG_PREFIX = "[main]"

class Logger:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(LOG_PREFIX, "Logger del", self.name)

class UsesModule:
    def __del__(self):
        print("UsesModule del; helpers registry size:", len(helpers.registry))

a = Logger("a")
obj = make("main-made")
u = UsesModule()
helpers.registry.append(Tracked("appended-from-main"))
b = Logger("b")
print("modules:", "mod_prog14_helpers" in sys.modules)
print("end of main")
