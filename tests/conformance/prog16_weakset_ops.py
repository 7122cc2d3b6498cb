import weakref
class O:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"O{self.n}"
    def __del__(self): print("del", self.n)
objs = [O(i) for i in range(4)]
s = weakref.WeakSet(objs)
t = weakref.WeakSet(objs[:2])
print(len(s), len(t), t <= s, s >= t, t < s)
u = s - t
print(sorted(o.n for o in u))
del u
objs.pop()
print("after pop", len(s))
s.discard(objs[0])
print(len(s), objs[0] in s)
try:
    s.remove(O(99))
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print("after remove")
print(s == weakref.WeakSet(objs[1:]))
s.clear()
print(len(s))
del t
objs.clear()
print("end")
