# atexit handlers run newest first with their arguments; unregister removes
# every registration of a function (compared with ==); register returns the
# function (so it works as a decorator call); handlers run before module
# teardown, and their arguments are released after all handlers ran.
import atexit

class Tag:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Tag({self.n})"
    def __del__(self):
        print("del", self.n)

def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))

def dropped():
    print("never runs")

r = atexit.register(say, 1, 2, k="v")
print(r is say)
atexit.register(dropped)
atexit.register(say, "second")
atexit.register(dropped)
atexit.unregister(dropped)
atexit.register(say, Tag("argument"))
atexit.register(lambda: print("lambda handler"))
keep = Tag("global")
print("end of script")
