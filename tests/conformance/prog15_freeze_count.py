# gc.freeze() moves every tracked object to the permanent generation:
# python3's start-up objects too, so the count is in the thousands.
import gc

gc.collect()
gc.freeze()
print("frozen:", gc.get_freeze_count())
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())


class Node:
    def __init__(self, n):
        self.n = n
        self.children = []


nodes = [Node(i) for i in range(20)]
gc.freeze()
print("frozen with 20 nodes and their lists:", gc.get_freeze_count())
gc.unfreeze()
print(gc.get_freeze_count())
