# int/str/float/tuple subclass instances as dict keys and set elements:
# a class that defines __hash__ or __eq__ is hashed and compared through
# them (CPython calls tp_hash and the rich comparison of every key); one
# that defines neither is the same key as the value it holds.
class H(int):
    def __hash__(self):
        print("H.__hash__", int(self))
        return 7
    def __eq__(self, other):
        print("H.__eq__", int(self), other)
        return int(self) == other

d = {H(1): 'a'}
print(1 in d, d.get(H(1)), len(d))
s = {H(2)}
print(H(2) in s, 2 in s)

class S(str):
    def __hash__(self):
        print("S.__hash__", str(self))
        return 1
print({S('x'): 1}, {S('x')}, {S('x'): 1}.get('x'))

class F(float):
    def __hash__(self):
        print("F.__hash__")
        return 3
print({F(1.0): 1}.get(1.0), {F(2.5): 1}.get(F(2.5)))

class T(tuple):
    def __hash__(self):
        print("T.__hash__")
        return 5
print({T((1,)): 1}.get((1,)), {T((1,)): 1}.get(T((1,))))

class E(int):
    __hash__ = int.__hash__
    def __eq__(self, other):
        print("E.__eq__", int(self), other)
        return True
d = {E(3): 'e'}
print(d.get(3), d.get(E(3)), d.get(4))
d[3] = 'three'
print(len(d), list(d.values()))

class ES(str):
    __hash__ = str.__hash__
    def __eq__(self, other):
        print("ES.__eq__", str(self), other)
        return str.__eq__(self, other)
d = {'k': 1}
d[ES('k')] = 2
print(d, ES('k') in {'k'})
d = {ES('q'): 1}
print(d.get('q'), 'q' in d)

class Plain(int):
    pass
class PlainS(str):
    pass
d = {Plain(5): 'p', PlainS('s'): 'q'}
print(d[5], d['s'], 5 in d, {Plain(5)} == {5})

# test_set's test_do_not_rehash_dict_keys: a key's hash is computed once.
class HashCount(int):
    hash_count = 0
    def __hash__(self):
        HashCount.hash_count += 1
        return int.__hash__(self)
d = dict.fromkeys(HashCount(i) for i in range(5))
print(HashCount.hash_count)
HashCount.hash_count = 0
s = set(d)
print(HashCount.hash_count)
HashCount.hash_count = 0
fs = frozenset(d)
print(HashCount.hash_count, len(s), len(fs))
