# operator re-exports _operator (CPython's `from _operator import *`): its
# functions are _operator's builtins, its getter types keep tp_name
# operator.*, its __doc__ is _operator's, and the dunder aliases are the
# same objects.
import operator
import _operator
import sys

print(operator.add.__module__, operator.add is _operator.add, operator.__add__ is operator.add)
print(repr(operator.sub), type(operator.mul).__name__, operator.truediv.__qualname__)
print(operator.itemgetter.__module__, repr(operator.itemgetter), operator.itemgetter(1, 'k'))
print(operator.attrgetter('a.b'), operator.methodcaller('f', 1, k=2))
print(_operator.__name__, '_operator' in sys.modules, operator.__doc__.splitlines()[0])
print(sorted(n for n in vars(operator) if not n.startswith('__'))[:6])
print(operator._abs is abs, hasattr(_operator, '__all__'), len(operator.__all__))
print(operator.length_hint.__module__, operator.call(max, 3, 9), operator.index(7))
print(operator.itemgetter(0)([5, 6]), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
