# operator's attrgetter, itemgetter and methodcaller pickled and copied, as
# their C types reduce (the class and its arguments; methodcaller with
# keywords through a partial); length_hint's default on a TypeError; and
# operator.__all__ matching the module's public functions.
import copy
import operator
import pickle


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


tree = Node('root', Node('leaf', Node('deep')))
getters = [
    operator.attrgetter('name'),
    operator.attrgetter('name', 'child.name'),
    operator.attrgetter('child.child.name'),
    operator.itemgetter(1),
    operator.itemgetter(0, -1),
    operator.itemgetter(slice(1, 3)),
    operator.methodcaller('upper'),
    operator.methodcaller('split', ','),
    operator.methodcaller('split', sep=',', maxsplit=1),
]
samples = [tree, tree, tree, 'abcd', 'abcd', 'abcd', 'a,b,c', 'a,b,c', 'a,b,c']
for g, s in zip(getters, samples):
    print(repr(g))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        g2 = pickle.loads(pickle.dumps(g, proto))
        assert repr(g2) == repr(g) and g2(s) == g(s), (proto, g)
    g3 = copy.deepcopy(g)
    print('  ', g(s), g3(s), type(g.__reduce__()[0]).__name__)

print(operator.attrgetter('a.b', 'c').__reduce__())
print(operator.itemgetter('k').__reduce__(), operator.itemgetter(1, 2).__reduce__())
print(operator.methodcaller('f', 1, 2).__reduce__())


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        if isinstance(self.value, type):
            raise self.value('no hint')
        return self.value


print(operator.length_hint(Hint(5)), operator.length_hint(Hint(NotImplemented), 7))
print(operator.length_hint(Hint(TypeError), 12))
for bad in (ValueError, -1, 'x'):
    try:
        operator.length_hint(Hint(bad))
    except Exception as e:
        print(type(e).__name__, e)

public = {name for name, value in vars(operator).items()
          if not name.startswith('__') and getattr(value, '__module__', None) in ('operator', '_operator')}
print(sorted(public - set(operator.__all__)), sorted(set(operator.__all__) - public))
