class Node:
    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt
    def __del__(self):
        if self.n % 10 == 0 or self.n < 3:
            print("del", self.n)

head = None
for i in range(120):
    head = Node(i, head)
print("built")
del head
print("---lists")
lst = None
for i in range(80):
    lst = [Node(1000 + i, None), lst]
del lst
print("end")
