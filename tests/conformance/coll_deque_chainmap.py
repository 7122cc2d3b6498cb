# collections.deque (maxlen dropping the oldest item right after the new one
# is added, rotate, appendleft/popleft, extend, insert/remove/index/count,
# mutation during iteration, operators, reprs, when items die: a deque is
# freed oldest first), ChainMap, UserDict and UserList.
import collections
from collections import deque, namedtuple, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList
class T:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"T({self.n})"
    def __del__(self): print("del", self.n)
d = deque(maxlen=3)
for i in range(5):
    d.append(T(i))
    print("appended", i, d)
d.appendleft(T('L'))
print(d, d.maxlen, len(d), d[0], d[-1])
print(d.popleft(), d.pop())
d.clear()
print("cleared")
q = deque([1, 2, 3, 4, 5])
q.rotate(2); print(q); q.rotate(-3); print(q)
q.extendleft([0, -1]); print(q, q.index(3), q.count(1), 3 in q)
q.remove(3); q.insert(1, 'x'); q.reverse(); print(q, list(reversed(q)), q == deque(list(q)))
try:
    for x in q:
        q.append(1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(deque('ab') + deque('c'), deque([1], maxlen=2) * 3, repr(deque()))
big = deque(T(i) for i in range(10, 13))
del big
print("deque freed oldest first")
print(ChainMap({'a': 1}, {'a': 2, 'b': 3})['b'], len(ChainMap({'a': 1}, {'b': 2})), list(ChainMap({'a': 1}, {'b': 2})))
cm = ChainMap({}, {'x': 1}); cm['y'] = 2; print(cm, cm.new_child({'z': 0}).maps, cm.parents)
ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud), 'a' in ud, ud.get('c', 0), dict(ud.items()))
ul = UserList([3, 1]); ul.append(2); ul.sort(); print(ul, ul[0], len(ul), ul + [9])
