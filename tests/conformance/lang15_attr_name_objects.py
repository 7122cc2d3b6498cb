# getattr/setattr/delattr/hasattr with a str subclass instance as the name:
# PyObject_GetAttr and PyObject_SetAttr pass the name object itself on to
# __getattribute__, __getattr__, __setattr__ and __delattr__.
class S(str):
    pass


class O:
    def __getattr__(self, name):
        return type(name).__name__

    def __setattr__(self, name, v):
        print('setattr', type(name).__name__, name)
        object.__setattr__(self, name, v)

    def __delattr__(self, name):
        print('delattr', type(name).__name__, name)
        object.__delattr__(self, name)


o = O()
print(getattr(o, S('yy')), getattr(o, 'zz'), getattr(o, S('d'), 'default'), hasattr(o, S('h')))
setattr(o, S('a'), 1)
print(o.a, getattr(o, S('a')))
delattr(o, S('a'))
o.b = 2
del o.b


class G:
    def __getattribute__(self, name):
        print('getattribute', type(name).__name__, name)
        return object.__getattribute__(self, name)


g = G()
try:
    getattr(g, S('q'))
except AttributeError as e:
    print(e)
print(getattr(g, S('missing'), 'fallback'))


class M(type):
    def __getattr__(cls, name):
        return 'meta ' + type(name).__name__


class K(metaclass=M):
    pass


print(getattr(K, S('w')), K.v)
p = O.__new__(O)
object.__setattr__(p, S('plain'), 3)
print(p.plain, getattr(p, S('plain')))
