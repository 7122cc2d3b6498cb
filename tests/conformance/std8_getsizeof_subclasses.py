# sys.getsizeof of subclasses of list, dict, set and frozenset as 3.11's
# type_new lays them out: the base's size, 8 bytes per __slots__ member, 8
# for a __weakref__ slot list and dict lack (set has its own), the GC
# header and the managed __dict__'s pre-header; the list's allocation and
# the dict's keys table as for the builtins; defaultdict (a C type with
# default_factory inline) and a subclass of it; Counter (a Python class).
import sys, collections

class Bag(list): pass
class Registry(dict): pass
class Tags(set): pass
class Frozen(frozenset): pass
class Slim(list): __slots__ = ('a',)
class WeakSlim(dict): __slots__ = ('a', '__weakref__')
class DictSet(set): __slots__ = ('__dict__',)
class SubBag(Bag): pass
class Defaults(collections.defaultdict): pass

print(sys.getsizeof(Bag()), sys.getsizeof(Bag([1, 2, 3])), sys.getsizeof(Slim()), sys.getsizeof(SubBag()))
b = Bag()
sizes = []
for i in range(20):
    b.append(i)
    sizes.append(sys.getsizeof(b))
print(sizes)
print(sys.getsizeof(Registry()), sys.getsizeof(Registry(a=1)), sys.getsizeof(Registry(dict.fromkeys(range(10)))), sys.getsizeof(WeakSlim()))
print(sys.getsizeof(Tags()), sys.getsizeof(Tags([1])), sys.getsizeof(Tags(range(20))), sys.getsizeof(Frozen([1, 2])), sys.getsizeof(DictSet()))
print(sys.getsizeof(collections.defaultdict(int)), sys.getsizeof(collections.defaultdict(int, a=1)), sys.getsizeof(Defaults(list)), sys.getsizeof(Defaults(list, a=1)))
print(sys.getsizeof(collections.Counter()), sys.getsizeof(collections.Counter("ab")))
print(sys.getsizeof(Bag()) - sys.getsizeof([]), sys.getsizeof(Registry()) - sys.getsizeof({}), sys.getsizeof(Tags()) - sys.getsizeof(set()))
