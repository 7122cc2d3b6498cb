# Builtin types' dunder methods called directly with wrong-type or
# wrong-count arguments: sequence concat/repeat wrappers raise instead of
# returning NotImplemented, ternary __pow__, METH_NOARGS / METH_O checks,
# PyArg_UnpackTuple's messages, dict view set operators.
samples = [
    ('int', lambda: 5), ('bool', lambda: True), ('float', lambda: 1.5), ('complex', lambda: 1j),
    ('str', lambda: 'ab'), ('bytes', lambda: b'ab'), ('bytearray', lambda: bytearray(b'ab')),
    ('list', lambda: [1, 2]), ('tuple', lambda: (1, 2)), ('dict', lambda: {1: 2}),
    ('set', lambda: {1, 2}), ('frozenset', lambda: frozenset({1, 2})),
    ('dict_keys', lambda: {1: 2}.keys()), ('dict_items', lambda: {1: 2}.items()),
    ('NoneType', lambda: None), ('object', lambda: object()),
]
names = ['__add__', '__radd__', '__mul__', '__rmul__', '__iadd__', '__imul__', '__contains__',
         '__getitem__', '__setitem__', '__delitem__', '__len__', '__pow__', '__rpow__',
         '__divmod__', '__rdivmod__', '__trunc__', '__floor__', '__ceil__', '__round__',
         '__complex__', '__bytes__', '__eq__', '__lt__', '__and__', '__rsub__', '__xor__', '__or__']
argsets = [(), (1,), ('x',), (None,), (1.5,), ([],), (1, 2), (2, None)]

def show(v):
    if isinstance(v, (set, frozenset)):
        return '%s(%s)' % (type(v).__name__, sorted(map(repr, v)))
    r = repr(v)
    return '<%s>' % type(v).__name__ if ' at 0x' in r else r

for tname, make in samples:
    for name in names:
        if not hasattr(make(), name):
            continue
        for args in argsets:
            try:
                out = show(getattr(make(), name)(*args))
            except Exception as e:
                out = '%s: %s' % (type(e).__name__, e)
            print(tname, name, show(args), '->', out)

print(float.__getformat__('double'), float.__getformat__('float'))
for bad in ['x', 1]:
    try:
        float.__getformat__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class S(str):
    pass
class L(list):
    pass
for a, b in [(S('a'), 1), (L(), 'x'), (bytearray(), 1)]:
    try:
        a.__add__(b)
    except TypeError as e:
        print(type(a).__name__, e)
print(S('ab').__mul__(2), L([1]).__rmul__(2), (3).__pow__(2, 5), (3).__rpow__(2, 5), (3).__pow__('x', 5))
