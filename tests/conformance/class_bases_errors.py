# Class creation errors for bases, in CPython's words and order: a base
# named twice is "duplicate base class M" (checked before the C3 merge),
# also through type(); an order C3 cannot merge names the bases; nothing is
# left half-created (the module namespace does not gain the name).
class M:
    pass

try:
    class B(M, M):
        pass
except TypeError as e:
    print(e)
print('B' in globals())

try:
    type('T', (M, M), {})
except TypeError as e:
    print(e)

class X:
    pass

class Y(X):
    pass

try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(e)

class P:
    pass

class Q(P, X):
    pass

class R(X, P):
    pass

try:
    class S(Q, R):
        pass
except TypeError as e:
    print(e)

class OK(Y, M):
    pass
print([c.__name__ for c in OK.__mro__])
