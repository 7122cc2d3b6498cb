# array: methods, slicing, arithmetic, bytes, unicode arrays, copying,
# pickling, subclasses, weak references and collector tracking.
from array import array
import gc

def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = array('i', [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 9)
print(a, a.tolist(), a.itemsize, a.typecode, len(a), a.count(1), a.index(2), 3 in a)
a.reverse(); print(a); a.byteswap(); print(a[:2]); a.byteswap()
print(a.tobytes()[:8])
b = array('h'); b.frombytes(b'\x01\x00\x02\x00'); print(b)
t(lambda: b.frombytes(b'\x01'))
t(lambda: b.frombytes('s'))
b.fromlist([7, 8]); print(b)
t(lambda: b.fromlist([1, 'x']))
print(b, 'after failed fromlist')
u = array('u', 'hi'); u.fromunicode('!'); print(u, u.tounicode())
t(lambda: array('i').tounicode())
t(lambda: array('i').fromunicode('x'))
print(array('f', [0.1]), array('d', [0.1]), array('f', [0.1])[0])
print(repr(array('b')), str(array('u', 'x')), array('B', b'ab'))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1]) < array('i', [2]), array('i', [1]) == array('d', [1.0]), array('i',[1]) == [1])
c = array('i', [1, 2, 3, 4, 5]); c[1:3] = array('i', [9]); print(c); del c[::2]; print(c)
t(lambda: c.__setitem__(slice(0, 1), [1]))
t(lambda: c.__setitem__(0, 'x'))
t(lambda: c.__setitem__(0, 2**40))
t(lambda: hash(c))
c += array('i', [7]); c *= 2; print(c)
t(lambda: c.extend(array('d', [1.0])))
import weakref, copy, pickle
print(weakref.ref(c)() is c, copy.copy(c), copy.deepcopy(c) == c, pickle.loads(pickle.dumps(c)))
print(c.__reduce_ex__(2)[0].__name__ if hasattr(c.__reduce_ex__(2)[0], '__name__') else c.__reduce_ex__(2))
print(type(iter(c)), list(reversed(c)))
print(array('q', [2**63-1]), array('Q', [2**64-1]), array('L', [2**64-1]))
print(bytes(array('h', [1, 2])))
print(sum(array('d', [0.5, 0.25])), sorted(array('i', [3, 1, 2])))
class A(array): pass
x = A('i', [1]); print(x, type(x), x.__dict__)
t(lambda: array('i', [1], 2))
t(lambda: array(typecode='i'))
t(lambda: array(1))
print(array('i', [1, 2, 3]).count(2), array('i', [1,2,1]).index(1, 1))

w = array('d', [1.0])
import weakref
r = weakref.ref(w)
del w
print(r(), gc.is_tracked(array('i')), gc.is_tracked(A('i')), hasattr(array('i'), '__dict__'))
import io
buf = io.BytesIO()
array('h', [1, -2, 3]).tofile(buf)
print(buf.getvalue())
back = array('h')
back.fromfile(io.BytesIO(buf.getvalue()), 3)
print(back)
short = array('h')
try:
    short.fromfile(io.BytesIO(b'\x01\x00'), 2)
except EOFError as e:
    print('EOFError', e, short)
it = iter(array('i', [1, 2]))
print(next(it), list(it), list(it))
print(array('u', 'ab') < array('u', 'b'), array('i', [5]) == array('u', 'x'), array('d', [1.5]) > array('i', [1]))
print(array('i', range(5))[True], array('i', range(10))[1:8:3])
try:
    array[int]
except TypeError as e:
    print(e)
