# functools.partial as programs use it: reprs (a subclass's bare name, a
# partial that contains itself), pickling and copying with an instance
# __dict__, __setstate__ replacing or dropping that dict, and the __dict__
# attribute refusing deletion or a non-dict.
import copy
import functools
import pickle


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


class Tagged(functools.partial):
    """A partial subclass; its repr names it bare (tp_name)."""


square = functools.partial(power, exp=2)
print(repr(square).replace(hex(id(power)), 'ADDR'))
t = Tagged(power, 3, mod=5)
print(repr(t).replace(hex(id(power)), 'ADDR'), t(4))

# A partial whose arguments contain itself: "..." where it recurs.
p = functools.partial(power)
p.__setstate__((power, (p,), {'mod': p}, None))
print(repr(p).replace(hex(id(power)), 'ADDR'))
p.__setstate__((p, (), {}, None))
print(repr(p))
p.__setstate__((power, (2,), {}, None))
print(p(10))

# __setstate__: the state's dict is kept; None drops the one there.
q = functools.partial(power, 2)
q.note = 'first'
ns = {'note': 'second'}
q.__setstate__((power, (2,), {'exp': 3}, ns))
print(q.__dict__ is ns, q.note, q())
q.__setstate__((power, (2,), None, None))
print(q.__dict__, q.keywords, q(5))
try:
    q.__setstate__((power, [2], None, None))
except TypeError as e:
    print('TypeError:', e)

try:
    del q.__dict__
except TypeError as e:
    print('TypeError:', e)
try:
    q.__dict__ = ['x']
except TypeError as e:
    print('TypeError:', e)
q.__dict__ = {'a': 1}
print(q.a)

# Pickle and copies keep the attributes.
r = functools.partial(power, 3, mod=7)
r.label = ['seven']
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r2 = pickle.loads(pickle.dumps(r, proto))
    print(proto, r2(2), r2.label, r2.args, r2.keywords)
r3 = copy.copy(r)
r4 = copy.deepcopy(r)
print(r3.label is r.label, r4.label is r.label, r4.label == r.label, r4(3))
print(type(r.__reduce__()[0]).__name__, r.__reduce__()[1:] [1][1:])

# Nested partials are flattened for exact partials only.
inner = functools.partial(power, 2)
outer = functools.partial(inner, exp=5)
print(outer.func is power, outer.args, outer.keywords, outer())
sub_outer = Tagged(inner, exp=5)
print(sub_outer.func is inner, sub_outer())
