# Exceptions' pickling state and fields: OSError's and ImportError's
# __reduce__, BaseException.__setstate__, e.__init__(...) re-initializing
# (a method-wrapper), the Unicode errors' fields and str, and the
# AttributeError that object.__getattribute__ raises (name and obj).
import copy
import pickle

e = ImportError('test', name='somename', path='somepath')
print(e.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    x = pickle.loads(pickle.dumps(e, proto))
    print(proto, x.args, x.name, x.path, x.msg)
x = copy.copy(e)
print(x.args, x.name, x.path)
print(ImportError('plain').__reduce__())
print(type(e.__init__).__name__)
e.__init__()
print(e.args, e.name, e.path, e.msg)

o = OSError('foo', 'bar', 'baz')
print(o.__reduce__(), pickle.loads(pickle.dumps(o)).filename)
o = OSError(2, 'No such file', 'a', None, 'b')
print(o.__reduce__(), str(pickle.loads(pickle.dumps(o))))
o = OSError(2, 'No such file')
print(o.__reduce__())

v = ValueError(1)
v.extra = 'x'
print(v.__reduce__())
v.__init__(2, 3)
print(v.args)
v.__setstate__({'extra': 'y', 'more': 1})
print(v.extra, v.more, v.__setstate__(None))
for bad in (1, {1: 2}):
    try:
        v.__setstate__(bad)
    except TypeError as err:
        print('TypeError:', err)

u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(str(u), u.start, u.end)
u.end = 2
print(str(u), u.args)
u = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo')
u.end = 2
print(str(u), u.object)
t = UnicodeTranslateError('\u20acxx', 0, 1, 'foo')
print(str(t), t.encoding, t.object, t.start, t.end, t.reason)
t.end = 3
print(str(t))
for args in [('a', 1, 1, 2, 'r'), ('a', 'b', 'x', 2, 'r')]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as err:
        print('TypeError:', err)
try:
    UnicodeDecodeError('a', 'b', 1, 2, 'r')
except TypeError as err:
    print('TypeError:', err)
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as err:
    print(err.encoding, err.object, err.start, err.end, err.reason)
    print(err)

class A:
    pass

try:
    object.__getattribute__(A(), 'bluch')
except AttributeError as err:
    print(err.name, type(err.obj).__name__, err)
