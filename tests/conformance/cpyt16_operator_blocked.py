# operator.py is CPython's pure-Python module, which ends by importing
# _operator's C versions: with _operator blocked (None in sys.modules) the
# Python definitions stay, with it they are replaced.
import sys
import gc

import operator
# importing operator leaves no cyclic garbage behind (the pure-Python
# getter classes are not made and dropped)
print(gc.collect())

saved = sys.modules.pop('operator')
sys.modules['_operator'] = None
import operator as py_op
del sys.modules['_operator']
del sys.modules['operator']
import operator as c_op
sys.modules['operator'] = saved

print(py_op is c_op)
for name in ('add', 'lt', 'index', 'length_hint', 'call', 'iadd'):
    f = getattr(py_op, name)
    g = getattr(c_op, name)
    print(name, type(f).__name__, f.__module__, type(g).__name__, g.__module__)

print(py_op.__lt__ is py_op.lt, c_op.__lt__ is c_op.lt)
print(py_op.__doc__.splitlines()[-1])
print(c_op.__doc__.splitlines()[-1])

class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)

r = Rec(name=Rec(first='Ada', last='Lovelace'), year=1815)
for mod in (py_op, c_op):
    ag = mod.attrgetter('name.first', 'year')
    ig = mod.itemgetter(1, 0)
    mc = mod.methodcaller('split', '-', maxsplit=1)
    print(type(ag).__module__, repr(ag), ag(r))
    print(repr(ig), ig('ab'))
    print(repr(mc), mc('a-b-c'))
    print(mod.add(2, 3), mod.concat([1], [2]), mod.countOf([1, 2, 1], 1), mod.indexOf('abc', 'c'))
    print(mod.length_hint(iter(range(7))), mod.length_hint(object(), 4))
    try:
        mod.concat(1, 2)
    except TypeError as e:
        print('TypeError', e)
    try:
        mod.indexOf([1, 2], 3)
    except ValueError as e:
        print('ValueError', e)
    try:
        mod.attrgetter(1)
    except TypeError as e:
        print('TypeError', e)
    try:
        mod.index(1.5)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
