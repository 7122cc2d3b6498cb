# PyObject_GetAttr/SetAttr accept any PyUnicode_Check name: a str subclass's
# instance names the attribute by its value (getattr, setattr, hasattr,
# delattr, __getattribute__, __setattr__, __delattr__, an instance __dict__).
class S(str):
    pass


class O:
    pass


o = O()
setattr(o, S('abc'), 1)
print(getattr(o, S('abc')), hasattr(o, S('abc')), o.abc)
print(getattr(o, S('zz'), 'default'), hasattr(o, S('zz')))
delattr(o, S('abc'))
print(hasattr(o, 'abc'))
o.__dict__[S('x')] = 5
print(o.x, S('x') in o.__dict__, o.__dict__.get(S('x')), 1 in o.__dict__, o.__dict__.get(1, 'none'))
print(object.__getattribute__(o, S('x')))
object.__setattr__(o, S('y'), 6)
print(o.y)
object.__delattr__(o, S('y'))
print(hasattr(o, 'y'))
setattr(O, S('cls_attr'), 7)
print(O.cls_attr, type.__getattribute__(O, S('cls_attr')))
delattr(O, S('cls_attr'))
print(hasattr(O, 'cls_attr'))
try:
    o.__dict__[1]
except KeyError as e:
    print('KeyError', e)
print(o.__dict__.pop(2, 'nope'))
for bad in (1, b'x', None, 2.5):
    for f in (lambda: setattr(o, bad, 1), lambda: getattr(o, bad), lambda: hasattr(o, bad), lambda: delattr(o, bad)):
        try:
            f()
        except TypeError as e:
            print('TypeError', e)


class Base:
    def hello(self):
        return 'hello'


class Sub(Base):
    def hello(self):
        return getattr(super(), S('hello'))() + '!'


print(Sub().hello())
