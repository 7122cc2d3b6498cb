# Subclasses of WeakSet, WeakValueDictionary and WeakKeyDictionary: the
# containers' methods call others through self as Lib/_weakrefset.py and
# Lib/weakref.py do (__init__ -> update -> add, |= -> update, difference ->
# copy + difference_update -> __isub__, union/intersection -> self.__class__,
# | and |= of the dicts -> copy/update), so overrides see those calls.
import weakref
class O:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"O{self.n}"
objs = [O(i) for i in range(6)]
added = []
def flush_adds():
    if added:
        print("  WS.add", sorted(added, key=lambda o: o.n))
        added.clear()
class WS(weakref.WeakSet):
    def add(self, item):
        added.append(item); super().add(item)
    def update(self, other):
        flush_adds(); print("  WS.update"); super().update(other)
    def copy(self):
        flush_adds(); print("  WS.copy"); return super().copy()
    def __isub__(self, other):
        flush_adds(); print("  WS.__isub__"); return super().__isub__(other)
    def __iand__(self, other):
        flush_adds(); print("  WS.__iand__"); return super().__iand__(other)
    def __ixor__(self, other):
        flush_adds(); print("  WS.__ixor__"); return super().__ixor__(other)
    def intersection(self, other):
        flush_adds(); print("  WS.intersection"); return super().intersection(other)
flush_adds(); print("init"); s = WS(objs[:2])
flush_adds(); print("ior"); s |= {objs[2]}
flush_adds(); print("difference"); r = s.difference([objs[0]]); print(type(r).__name__, len(r))
flush_adds(); print("difference_update"); s.difference_update([objs[0]])
flush_adds(); print("intersection_update"); s.intersection_update(objs[1:3])
flush_adds(); print("symmetric_difference"); r = s.symmetric_difference([objs[3]]); print(type(r).__name__)
flush_adds(); print("symmetric_difference_update"); s.symmetric_difference_update([objs[3]])
flush_adds(); print("union"); r = s.union([objs[4]]); print(type(r).__name__, len(r))
flush_adds(); print("isdisjoint"); print(s.isdisjoint([objs[5]]))
flush_adds(); print("sub op"); r = s - {objs[1]}; print(type(r).__name__)
flush_adds(); print("and op"); r = s & {objs[1]}; print(type(r).__name__)
class WV(weakref.WeakValueDictionary):
    def update(self, other=None, **kw):
        flush_adds(); print("  WV.update"); super().update(other, **kw)
    def copy(self):
        flush_adds(); print("  WV.copy"); return super().copy()
    def __setitem__(self, k, v):
        flush_adds(); print("  WV.__setitem__", k); super().__setitem__(k, v)
flush_adds(); print("WV init"); v = WV({"a": objs[0]}, b=objs[1])
flush_adds(); print("WV ior"); v |= {"c": objs[2]}
flush_adds(); print("WV or"); r = v | {"d": objs[3]}; print(type(r).__name__, sorted(r))
flush_adds(); print("WV ror"); r = {"e": objs[4]} | v; print(type(r).__name__, sorted(r))
flush_adds(); print("WV copy"); r = v.copy(); print(type(r).__name__)
flush_adds(); print("WV setdefault"); v.setdefault("z", objs[5])
class WK(weakref.WeakKeyDictionary):
    def update(self, dict=None, **kw):
        flush_adds(); print("  WK.update"); super().update(dict, **kw)
    def copy(self):
        flush_adds(); print("  WK.copy"); return super().copy()
flush_adds(); print("WK init"); k = WK({objs[0]: 1})
flush_adds(); print("WK ior"); k |= {objs[1]: 2}
flush_adds(); print("WK or"); r = k | {objs[2]: 3}; print(type(r).__name__, len(r))
flush_adds(); print("WK ror"); r = {objs[3]: 4} | k; print(type(r).__name__, len(r))
flush_adds(); print("WK update kw"); 
try:
    k.update(x=1)
except TypeError as e:
    flush_adds(); print("TypeError", e)

flush_adds()
