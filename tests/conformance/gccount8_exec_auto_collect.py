# The moments of the automatic collections of a program run by exec() after
# gc.collect(): compiling its source moves gen0's count (and fills the free
# lists) as CPython's compiler does, so the first collection triggered by the
# program's own cycles frees as many nodes as in python3 (seen through
# gc.callbacks' info dicts and __del__ prints).
import gc

SOURCE = '''
class Node:
    def __init__(self, number):
        self.number = number
        self.peer = None

    def __del__(self):
        if self.number % 250 == 0:
            print("del", self.number)

def pair(i):
    a = Node(2 * i)
    b = Node(2 * i + 1)
    a.peer = b
    b.peer = a

for i in range(700):
    pair(i)
'''

collections = []
def record(phase, info):
    if phase == "stop":
        collections.append((info["generation"], info["collected"]))

gc.collect()
gc.callbacks.append(record)
exec(SOURCE, {"__name__": "program"})
gc.callbacks.remove(record)
print(collections)
