from collections import deque
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
q = deque(maxlen=2)
q.append(D(1)); q.append(D(2))
print("append evicts")
q.append(D(3))
print("appendleft evicts right")
q.appendleft(D(0))
print("rotate"); q.rotate(1)
print("popleft"); q.popleft()
print("clear"); q.clear()
q = deque(D(i) for i in range(4, 7))
print("remove"); q.remove(q[1])
print("del q")
del q
print("end")
