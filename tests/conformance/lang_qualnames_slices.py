# Extended-slice deletion releases items forward, extended-slice assignment
# needs equal lengths, and nested functions/classes have qualified names.
# CPython: listobject.c list_ass_subscript, compile.c compiler_set_qualname.
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = [T(i) for i in range(6)]
del l[::2]
print("--")
del l[::-2]
print("--", len(l))
m = [T(i) for i in range(10, 14)]
m[::2] = [T('x'), T('y')]
print([t.n for t in m])
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
del m[1:3]
print("--")
def outer():
    def inner(a):
        return a
    return inner
try:
    outer()()
except TypeError as e:
    print(e)
print(outer().__qualname__)
class C:
    class D:
        pass
    def meth(self):
        def loc(): pass
        return loc
print(repr(C.D), C.D.__qualname__, C().meth().__qualname__, (lambda: (lambda: 0))().__qualname__)
