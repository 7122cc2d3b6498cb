# Protocols 0 and 1 (what CPython's own tests loop over with
# `for proto in range(pickle.HIGHEST_PROTOCOL + 1)`): the bytes _pickle.c
# writes -- INT/LONG/FLOAT/UNICODE text opcodes, PUT/GET with decimal
# indexes, MARK LIST/DICT and one APPEND/SETITEM per item in protocol 0,
# Python 2 names (__builtin__, copy_reg, xrange, exceptions) before protocol
# 3, copyreg._reconstructor for plain instances -- and loads() reading them.
import collections
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Tagged(int):
    pass


class Bag(dict):
    pass


def show(obj):
    for proto in (0, 1, 2):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(proto, data)
        print('  ->', repr(back), back == obj or type(back).__name__, getattr(back, '__dict__', ''))


show('a\\b\0\n\r\x1a\xe9\u1234\U00012345 ')
show([True, False, 0, 255, 65536, -5, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**70])
show([1.5, 1e100, float('inf'), -0.0, 1e-7])
show(((), (1,), (1, 2, 3, 4), {'a': [1, 2]}, None))
show({1, 2, 3})
show(frozenset(['x']))
show(range(3))
show(ValueError('bad', 1))
show(collections.OrderedDict(a=1, b=2))
show(Point(1, 'two'))
t = Tagged(7)
t.label = 'seven'
show(t)
b = Bag(k='v')
b.extra = [1]
show(b)

# Recursive structures: a tuple met again while its items are written is
# popped (POP per item in protocol 0, POP_MARK from 1) and fetched from the memo.
rec = ([],)
rec[0].append(rec)
for proto in (0, 1, 2):
    data = pickle.dumps(rec, proto)
    back = pickle.loads(data)
    print(proto, data, back[0][0] is back)

# Shared references come back shared.
shared = [1]
pair = [shared, shared]
for proto in (0, 1):
    back = pickle.loads(pickle.dumps(pair, proto))
    print(proto, back, back[0] is back[1])

# Batches: 1000 items per APPENDS from protocol 1, one APPEND each in protocol 0.
big = list(range(1001))
for proto in (0, 1):
    data = pickle.dumps(big, proto)
    print(proto, len(data), data.count(b'a'), data.count(b'e'), pickle.loads(data) == big)
