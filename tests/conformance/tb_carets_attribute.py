# Attribute errors and calls inside a line: '^' under the attribute chain
# up to the failing name, and under a call in a longer expression.
import re
import sys

class ShortPaths:
    name = __file__.rsplit("/", 1)[-1]
    def write(self, text):
        text = re.sub(r"0x[0-9a-f]+", "0x...", text.replace(__file__, self.name))
        return sys.__stdout__.write(text)
    def flush(self):
        pass
sys.stderr = ShortPaths()

class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt

def depth(node):
    return 1 + depth(node.nxt.nxt) if node else 0

chain = Node(Node(Node()))
print(len([chain]))
depth(chain)
