# gc.collect() counts what CPython's collector frees for stdlib objects in
# reference cycles: a deque's storage is not an object of its own (its
# items are the deque's references), a functools.partial's attributes live
# in a __dict__ object (counted once it holds a container), a namedtuple
# class brings its __new__'s namespace and closures; OrderedDict,
# defaultdict and Counter in self-cycles.
import collections
import functools
import gc

gc.disable()
gc.collect()

def count(label, make):
    make()
    print(label, gc.collect())

def deque_self():
    d = collections.deque()
    d.append(d)
count('deque self-cycle', deque_self)

def deque_items():
    d = collections.deque([[], []], maxlen=5)
    d.append(d)
count('deque with two lists', deque_items)

def deque_sub():
    class D(collections.deque):
        pass
    d = D()
    d.append(d)
    del D
count('deque subclass (and its class)', deque_sub)

def partial_attr():
    p = functools.partial(print, 1)
    p.attr = 5
    p.me = p
count('partial with attributes', partial_attr)

def partial_noattr():
    p = functools.partial(print)
    holder = [p]
    p.keywords_holder = holder
count('partial through a list', partial_noattr)

def partial_args_cycle():
    box = []
    p = functools.partial(len, box)
    box.append(p)
count('partial in its own args', partial_args_cycle)

def odict_self():
    od = collections.OrderedDict(a=1)
    od['self'] = od
count('OrderedDict self-cycle', odict_self)

def defaultdict_self():
    dd = collections.defaultdict(list)
    dd['self'] = dd
    dd['x'].append(1)
count('defaultdict self-cycle', defaultdict_self)

def counter_self():
    c = collections.Counter('abc')
    c['me'] = c
count('Counter self-cycle', counter_self)

def namedtuple_class():
    collections.namedtuple('P', 'x y')
count('namedtuple class', namedtuple_class)

print(gc.is_tracked(functools.partial(print).__dict__), gc.is_tracked(collections.deque()))
p = functools.partial(print)
print(p.__dict__, vars(p) is p.__dict__)
p.tag = 't'
print(p.__dict__)
p.__dict__ = {'z': 2}
print(p.z, p.__dict__)
