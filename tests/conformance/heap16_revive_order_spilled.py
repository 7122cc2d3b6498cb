# The survivors' order after a full collection (see
# heap16_revive_order_inline) for instances whose layout is more than
# four attributes in key order: more than four attributes, attributes
# assigned out of key order, a deleted attribute, __slots__, an
# assigned __dict__, a materialized __dict__, and a list subclass.
# subtype_traverse visits the __slots__ first, then the attribute
# values in the class's key order (not the assignment order), then the
# class, then the base type's references.
import gc

gc.disable()


class N:
    def __repr__(self):
        return self.name


def order(*types):
    return " ".join(o.name for o in gc.get_objects() if type(o) in types)


def named(cls, s):
    o = cls()
    o.name = s
    return o


# Six attributes: the last two past the four kept in the object.
a, b, c, d, e, f, g = (named(N, s) for s in "abcdefg")
g.k1 = f
g.k2 = e
g.k3 = d
g.k4 = c
g.k5 = b
g.k6 = a
root = g
del a, b, c, d, e, f, g
gc.collect()
print("six attributes:", order(N))

# The same keys assigned in another order: the visit order stays the key order.
p, q, r, s = (named(N, x) for x in "pqrs")
s.k6 = p
s.k2 = q
s.k4 = r
root2 = s
del p, q, r, s
gc.collect()
print("out of key order:", order(N))

# A deleted attribute, then one set again.
t, u, v = (named(N, x) for x in "tuv")
v.k1 = t
v.k2 = u
del v.k1
v.k1 = t
root3 = v
del t, u, v
gc.collect()
print("deleted and set again:", order(N))


class S:
    __slots__ = ("name", "left", "right", "__dict__")

    def __repr__(self):
        return self.name


l, m, n = (named(S, x) for x in "lmn")
n.extra = l
n.right = m
n.left = None
root4 = n
del l, m, n
gc.collect()
print("slots before the dict:", order(S))

# An assigned __dict__ and a materialized one.
i, j, k = (named(N, x) for x in "ijk")
k.__dict__ = {"name": "k", "z": j, "y": i}
root5 = k
del i, j, k
gc.collect()
print("assigned __dict__:", order(N))

x1, x2, x3 = (named(N, x) for x in ("x1", "x2", "x3"))
x3.k1 = x1
x3.k2 = x2
vars(x3)
root6 = x3
del x1, x2, x3
gc.collect()
print("materialized __dict__:", order(N))


class L(list):
    pass


lst = L()
lst.name = "L"
y1, y2 = (named(N, x) for x in ("y1", "y2"))
lst.append(y1)
lst.tag = y2
root7 = lst
del y1, y2, lst
gc.collect()
print("list subclass:", order(N, L))
