import collections
d = {i: i for i in range(5)}
try:
    for k in d:
        if k == 2:
            d[10] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 2
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e, len(d))
d2 = {1: 1, 2: 2}
try:
    for k in d2:
        d2.pop(k); d2[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e, d2)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
dq = collections.deque([1, 2, 3])
try:
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(0) or x)
except ValueError as e:
    print("ValueError:", e)
def bad_key(x):
    if x == 2:
        raise KeyError("no 2")
    return x
lst = [5, 2, 9, 1]
try:
    lst.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e, lst)
people = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "LA"), ("dave", 30, "NY"), ("eve", 25, "NY")]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
by_city = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[2])
print(by_city)
print(sorted(people, key=lambda p: (-p[1], p[2], p[0])))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.casefold), sorted([3, 1, 2], key=lambda x: -x))
l = [1, 2, 3]
it = iter(l)
next(it); l.clear()
print(list(it))
od = collections.OrderedDict(a=1, b=2)
try:
    for k in od:
        od.move_to_end(k)
except RuntimeError as e:
    print("RuntimeError:", e)
kv = {"x": 1}
try:
    for k, v in kv.items():
        kv["y"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
