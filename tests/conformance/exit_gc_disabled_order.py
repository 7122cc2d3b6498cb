# With gc disabled no collection runs before module teardown: the exit
# collection (which runs even when disabled) finalizes __main__'s objects in
# creation order.
import gc
gc.disable()
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a0 = C("a0")
l = [C("l0"), C("l1")]
a1 = C("a1")
print("end of script")
