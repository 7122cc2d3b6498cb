# The example: a module-level generator suspended over a list of
# objects. At exit the generator is finalized (closed) by the exit collection
# before the later module globals, and the list it held is released last to
# first: "del b" before "del a".
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

g = (x for x in [C("a"), C("b")])
print(next(g).n)
after = C("after")
print("end of script")
