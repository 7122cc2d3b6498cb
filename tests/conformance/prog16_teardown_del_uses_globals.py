import weakref
log_prefix = "LOG"
class Uses:
    def __init__(self, n): self.n = n
    def __del__(self):
        try:
            print(log_prefix, "del", self.n)
        except NameError as e:
            print("NameError in del", self.n)
        print("helper is", type(helper).__name__ if "helper" in globals() else "gone")
def helper(): pass
u1 = Uses(1)
u2 = Uses(2)
weakref.finalize(u1, print, "finalize u1 at exit")
print("main done")
