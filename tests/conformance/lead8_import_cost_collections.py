# Importing a module python3 has not imported at start-up (dataclasses here)
# allocates: the automatic collections it starts free the cyclic garbage the
# program made before the import, and gc.get_count() ends where CPython's
# ends, so the moments of later automatic collections agree. Modules the
# import brought along (copy, inspect) cost nothing afterwards.
import gc

class Node:
    freed = 0
    def __init__(self):
        self.peer = None
    def __del__(self):
        Node.freed += 1

def make_cycles(n):
    for i in range(n):
        a = Node(); b = Node()
        a.peer = b; b.peer = a

gc.collect()
make_cycles(100)
from dataclasses import dataclass
after_import = gc.get_count()
import copy
import inspect
print("freed during the import:", Node.freed, after_import, gc.get_count())

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

seen = []
for i in range(800):
    p = Point(i, i)
    make_cycles(1)
    if not seen or seen[-1] != Node.freed:
        seen.append(Node.freed)
print("freed over the loop:", seen)
