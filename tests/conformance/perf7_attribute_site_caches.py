# Attribute sites of compiled function bodies cache, per class, whether an
# instance's own attribute is read (and stored) with no code run, and which
# function a method call finds. Every class change must still be seen: a
# property, __getattr__, __getattribute__, __setattr__ or a data descriptor
# added after the site has run; an instance attribute shadowing a method; a
# __class__ assignment; a site that meets many classes; deleted attributes.

class P:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "P.m"


def read_x(o):
    return o.x


def call_m(o):
    return o.m()


def store_x(o, v):
    o.x = v


p = P(1)
for _ in range(3):
    print(read_x(p), call_m(p))
store_x(p, 2)
print(read_x(p))

# A data descriptor added to the class wins over the instance's value.
P.x = property(lambda self: "property x", lambda self, v: print("setter got", v))
print(read_x(p))
store_x(p, 3)
print(p.__dict__)
del P.x
print(read_x(p))

# __getattribute__ added later runs for every read, also of existing attributes.
def ga(self, name):
    print("getattribute", name)
    return object.__getattribute__(self, name)

P.__getattribute__ = ga
print(read_x(p))
print(call_m(p))
del P.__getattribute__
print(read_x(p), call_m(p))

# __getattr__ only for missing attributes.
P.__getattr__ = lambda self, name: "getattr " + name
q = P(5)
del q.x
print(read_x(q), read_x(p))
del P.__getattr__
try:
    read_x(q)
except AttributeError as e:
    print("AttributeError", e)

# __setattr__ added later intercepts stores.
def sa(self, name, v):
    print("setattr", name, v)
    object.__setattr__(self, name, v * 10)

P.__setattr__ = sa
store_x(p, 4)
print(read_x(p))
del P.__setattr__
store_x(p, 6)
print(read_x(p))

# An instance attribute shadows the method; deleting it shows the method again.
p.m = lambda: "instance m"
print(call_m(p))
del p.m
print(call_m(p))

# The method replaced on the class.
P.m = lambda self: "new P.m"
print(call_m(p))


# __class__ assignment: the site meets another class.
class Q:
    x = "Q class attribute"

    def m(self):
        return "Q.m"


p.__class__ = Q
print(read_x(p), call_m(p))
del p.x
print(read_x(p))

# One site, many classes (more than it caches), in turn, twice.
classes = []
for i in range(12):
    C = type("C%d" % i, (), {"m": (lambda i: lambda self: "m of %d" % i)(i)})
    classes.append(C)
objs = []
for i, C in enumerate(classes):
    o = C()
    store_x(o, i)
    objs.append(o)
for _ in range(2):
    print([read_x(o) for o in objs])
    print([call_m(o) for o in objs][::5])


# A class attribute that is not a descriptor, shadowed by the instance's.
class R:
    x = 100
    count = 0

    def bump(self):
        R.count += 1
        self.count = R.count
        return self.count


r = R()
print(read_x(r))
store_x(r, 7)
print(read_x(r), R.x)
print(r.bump(), r.bump(), R.count)


# Slots: the store goes through the slot, not a __dict__.
class S:
    __slots__ = ("x",)


s = S()
store_x(s, 8)
print(read_x(s))
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError", e)


# Exceptions are instances too.
class E(Exception):
    pass


e = E("a")
store_x(e, 9)
print(read_x(e), e.args)

# A missing attribute after the site cached the class.
t = P(1)
del t.x
try:
    read_x(t)
except AttributeError as err:
    print("AttributeError", err)


# Lifetimes: a temporary's attribute outlives it; the temporary dies right after the read.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    def __init__(self, child):
        self.child = child

    def __del__(self):
        print("del holder")


def child_of_temporary():
    c = Holder(D("child")).child
    print("got", c.name)
    return c.name


for _ in range(2):
    print(child_of_temporary())
