# marshal nests deeper than the recursion limit (marshal.c counts its own
# depth, up to 2000), and writes buffers (array.array) as bytes.
import array
import marshal
import sys

l = []
x = l
for i in range(400):
    x.append([])
    x = x[0]
d = marshal.dumps(l)
print(len(d), sys.getrecursionlimit())
y = marshal.loads(d)
n = 0
while y:
    y = y[0]
    n += 1
print(n, sys.getrecursionlimit())
print(marshal.dumps(array.array('b', [1, 2])), marshal.loads(marshal.dumps(memoryview(b'xy'))))
print(marshal.dumps(array.array('h', [1, -1])))
