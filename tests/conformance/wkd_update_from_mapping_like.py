# update() and the constructors of the weak dictionaries from an object that
# only has keys() and __getitem__ (a user mapping): the pairs are taken
# while the temporary list of pairs stays alive; also from a list of pairs,
# a dict, another weak dictionary, and dict()/dict.update() of a weak dict.
import weakref

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K(%d)" % self.n

class UserMapping:
    def __init__(self, data):
        self.data = data
    def keys(self):
        return list(self.data.keys())
    def __getitem__(self, k):
        return self.data[k]

ks = [K(i) for i in range(4)]
src = UserMapping({ks[0]: "a", ks[1]: "b"})
wkd = weakref.WeakKeyDictionary()
wkd.update(src)
print(sorted((k.n, v) for k, v in wkd.items()))
wkd.update([(ks[2], "c")])
wkd.update({ks[3]: "d"})
print(sorted((k.n, v) for k, v in wkd.items()))
wkd2 = weakref.WeakKeyDictionary(src)
print(len(wkd2))

wvd = weakref.WeakValueDictionary()
wvd.update(UserMapping({"x": ks[0], "y": ks[1]}))
print(sorted(wvd.keys()))
wvd.update(wkd2 and {"z": ks[2]})
print(sorted(wvd.keys()))

print(sorted(dict(wvd).keys()))
plain = {}
plain.update(wvd)
print(sorted(plain.keys()))
print(sorted(k.n for k in dict(wkd)))

del src, plain
del ks[0]
print(sorted(wvd.keys()), len(wkd), len(wkd2))
ks.clear()
print(sorted(wvd.keys()), len(wkd), len(wkd2))
