# SystemExit.code as SystemExit_init sets it (None, the one argument, or
# the args tuple), read by a program that catches sys.exit(); the field is
# writable and deletable and is not in vars(e). Ends with sys.exit(3).
import sys

class Resource:
    def __del__(self):
        print("Resource.__del__")

def main():
    r = Resource()
    try:
        print("working")
        sys.exit(2)
    finally:
        print("finally runs while the exit propagates")

try:
    main()
except SystemExit as e:
    print("caught SystemExit, code =", e.code, "args =", e.args)

for args in [(), (5,), ("message",), (1, 2)]:
    e = SystemExit(*args)
    print(args, "->", repr(e.code), repr(str(e)))

e = SystemExit(1)
e.code = 7
print(e.code, vars(e))
del e.code
print(e.code)

class Quit(SystemExit):
    def __init__(self, reason):
        self.reason = reason        # no super().__init__: code stays None

q = Quit("tired")
print(q.code, q.reason, q.args)
try:
    sys.exit("goodbye")
except SystemExit as e:
    print("string code:", e.code)
print("exiting with 3")
sys.exit(3)
