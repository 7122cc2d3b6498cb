# Builtin methods compare equal when bound to the same object for the same
# method (meth_richcompare, wrapper_richcompare) and hash alike; a method
# object over any callable shows its __qualname__, else __name__, else ?;
# a classmethod's own attributes can be deleted from its __dict__.
import types
l = []
print(l.append == l.append, l.append != l.append, l.append == [].append, l.append == l.pop, hash(l.append) == hash(l.append))
print(l.__add__ == l.__add__, l.__add__ == [].__add__, len == len, list.append == list.append, {l.append: 1}[l.append])
class L(list): pass
m = L()
print(m.append == m.append, m.append == l.append)
try:
    l.append < l.append
except TypeError as e:
    print(e)
class MyCallable:
    def __call__(self, arg): pass
func = MyCallable()
method = types.MethodType(func, 5)
print(repr(method))
func.__name__ = "name"; print(repr(method))
func.__qualname__ = "qualname"; print(repr(method))
func.__qualname__ = 3; print(repr(method))
print(types.MethodType(L().append, 1))
cm = classmethod(len)
cm.x = 42
print(cm.x, cm.__dict__)
del cm.x
print(cm.__dict__)
try:
    del cm.y
except AttributeError as e:
    print(e)
