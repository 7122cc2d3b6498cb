# dict.fromkeys: a class method (on dict, on a subclass -- whose
# __setitem__ it calls --, or through an instance), the default value None,
# a shared value object, and its errors.
class Tracking(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

print(dict.fromkeys("abc"))
print(dict.fromkeys([1, 2, 2, 3], 0))
print({"z": 1}.fromkeys("xy", "v"))
shared = []
d = dict.fromkeys("pq", shared)
d["p"].append(1)
print(d, d["p"] is d["q"])
t = Tracking.fromkeys("ab", 7)
print(type(t).__name__, t)
print(type(Tracking().fromkeys("c")).__name__)
print(dict.fromkeys(range(3)), dict.fromkeys(x for x in "hi"))
for bad in [(), (1,), ("a", 1, 2)]:
    try:
        dict.fromkeys(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print("TypeError:", e)
