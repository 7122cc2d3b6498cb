import atexit

class Logger:
    def __init__(self, name):
        self.name = name
        self.lines = []
    def log(self, msg):
        self.lines.append(msg)
    def flush(self):
        print(f"[{self.name}] flushing {len(self.lines)} lines")
        for l in self.lines:
            print("  ", l)
    def __del__(self):
        print(f"[{self.name}] __del__")

log = Logger("main")
atexit.register(log.flush)

@atexit.register
def goodbye():
    print("goodbye")

def with_args(a, b=2):
    print("with_args", a, b)
atexit.register(with_args, 1, b=3)
atexit.register(print, "unregistered?")
atexit.unregister(print)

log.log("start")
log.log("work")

class Holder:
    def __del__(self):
        print("Holder __del__ at shutdown")
h = Holder()
cyc = Logger("cycle")
cyc.me = cyc
print("end of script")
