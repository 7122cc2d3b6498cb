import collections, gc

def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class Clears:
    """An element whose __eq__ empties the container it is searched in."""
    target = None
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        Clears.target.clear()
        return NotImplemented
    def __hash__(self):
        return 7
    def __del__(self):
        print("del", self.name)

def fresh(kind, *names):
    objs = [Clears(n) for n in names]
    c = kind(objs) if kind is not dict else {o: o.name for o in objs}
    Clears.target = c
    return c

lst = fresh(list, "a", "b"); t("list in", lambda: 3 in lst)
lst = fresh(list, "a", "b"); t("list index", lambda: lst.index(3))
lst = fresh(list, "a", "b"); t("list count", lambda: lst.count(3))
lst = fresh(list, "a", "b"); t("list remove", lambda: lst.remove(3))
lst = fresh(list, "a", "b"); t("list ==", lambda: lst == [1, 2])
lst = fresh(list, "a", "b"); t("list <", lambda: lst < [1, 2])
lst = fresh(list, "a", "b"); t("list != rev", lambda: [1, 2] != lst)
d = fresh(dict, "a"); t("dict in", lambda: 3.5 in d)
d = fresh(dict, "a"); t("dict get", lambda: d.get(Clears("k")))
d = fresh(dict, "a"); t("dict ==", lambda: d == {Clears("x"): "a"})
d = fresh(dict, "a"); t("dict pop", lambda: d.pop(Clears("y"), "dflt"))
s = fresh(set, "a"); t("set in", lambda: Clears("z") in s)
s = fresh(set, "a"); t("set discard", lambda: s.discard(Clears("w")))
s = fresh(set, "a"); t("set add", lambda: (s.add(Clears("v")), len(s)))
dq = fresh(collections.deque, "a", "b"); t("deque in", lambda: 3 in dq)
dq = fresh(collections.deque, "a", "b"); t("deque index", lambda: dq.index(3))
dq = fresh(collections.deque, "a", "b"); t("deque count", lambda: dq.count(3))
dq = fresh(collections.deque, "a", "b"); t("deque remove", lambda: dq.remove(3))
Clears.target = None
lst = dq = d = s = None
gc.collect()
print("end")
