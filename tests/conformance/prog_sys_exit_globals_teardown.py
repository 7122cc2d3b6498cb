# sys.exit(3) with objects alive: module teardown order (underscore names
# first), __del__ reading globals during teardown, a cycle at exit.
import sys
LOG_PREFIX = "[log]"

class Logger:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        try:
            print(LOG_PREFIX, "closing", self.name)
        except NameError as e:
            print("NameError at shutdown:", self.name)

class Conn:
    def __init__(self, name, logger):
        self.name = name
        self.logger = logger
    def __del__(self):
        print("conn del", self.name, "logger alive:", self.logger is not None, type(self.logger).__name__)

zlog = Logger("zlog")
alog = Logger("alog")
c1 = Conn("c1", zlog)
_hidden = Conn("_hidden", alog)
cyc = Logger("cyc"); cyc.me = cyc
print("exiting with 3")
sys.exit(3)
