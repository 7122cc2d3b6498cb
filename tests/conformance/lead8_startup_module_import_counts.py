# Modules python3's start-up already imported (functools, collections, enum,
# re, typing, contextlib, ...) cost a sys.modules lookup: importing them after
# gc.collect() leaves gc.get_count() where CPython's is, and the automatic
# collections of a garbage-making loop that follows fall at the same moments.
import gc

gc.collect()
before = gc.get_count()
import functools
import collections
import enum
import re
import typing
import contextlib
import itertools
import operator
import random
after = gc.get_count()
print("import cost", after[0] - before[0], after[1] - before[1])

class Node:
    made = 0
    freed = 0
    def __init__(self):
        Node.made += 1
        self.peer = None
    def __del__(self):
        Node.freed += 1

seen = []
for i in range(1500):
    a = Node(); b = Node()
    a.peer = b; b.peer = a
    if Node.freed and (not seen or seen[-1] != Node.freed):
        seen.append(Node.freed)
print("freed at automatic collections:", seen)
print("after loop", Node.made - Node.freed)
gc.collect()
print("after collect", Node.made - Node.freed)
