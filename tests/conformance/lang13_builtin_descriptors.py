# A builtin type's tp_members and tp_getset entries are member_descriptor and
# getset_descriptor objects in its namespace (type_add_members,
# type_add_getset): read through the type they are the descriptor itself,
# called directly they check their instance (descr_check) and run the type's
# getter or setter.
import inspect
import types


def gen():
    yield 1


def f(a=1, *, b=2):
    "doc"
    return a


class C:
    def m(self):
        pass

    @property
    def p(self):
        "pdoc"
        return 1


g = gen()
G = type(g)
print(G.__dict__.get('gi_running'), G.gi_running, G.__dict__['gi_code'])
print(G.gi_running.__get__(g), G.__dict__['__name__'].__get__(g))
for T, name in [(int, 'real'), (int, 'numerator'), (float, 'imag'), (complex, 'real'), (slice, 'start'),
                (range, 'stop'), (type, '__name__'), (type, '__mro__'), (property, 'fget'),
                (BaseException, 'args'), (StopIteration, 'value'), (OSError, 'errno'),
                (type(f), '__code__'), (type(f), '__globals__'), (type(C().m), '__func__'),
                (object, '__class__'), (staticmethod, '__func__'), (super, '__thisclass__')]:
    d = T.__dict__[name]
    print(repr(d), type(d).__name__, d.__name__, d.__qualname__, d.__objclass__ is T,
          getattr(T, name) is d, inspect.isdatadescriptor(d))

print(int.real.__get__(True), int.numerator.__get__(7), float.imag.__get__(2.5), complex.real.__get__(3j))
print(range.start.__get__(range(2, 5)), slice.stop.__get__(slice(1, 9)), int.real.__get__(None, int) is int.real)
print(type.__dict__['__name__'].__get__(int), type.__dict__['__mro__'].__get__(bool))
print(BaseException.__dict__['args'].__get__(ValueError(1, 2)), StopIteration.value.__get__(StopIteration(5)))
print(object.__dict__['__class__'].__get__(5), type(C().m).__dict__['__func__'].__get__(C().m).__qualname__)
pr = C.__dict__['p']
print(property.fget.__get__(pr).__name__, property.__dict__['__doc__'].__get__(pr))

F = type(f).__dict__
print(F['__name__'].__get__(f), F['__defaults__'].__get__(f), F['__kwdefaults__'].__get__(f), F['__code__'].__get__(f).co_name)
F['__name__'].__set__(f, 'renamed')
print(f.__name__, F['__doc__'].__get__(f), types.FunctionType.__doc__.split('\n')[0])

class I(int):
    pass

print(I.real, I(5).real, int.real.__get__(I(5)), int.__dict__['real'] is bool.real)
print(hasattr(int, 'real'), 'real' in dir(bool), 'real' in vars(bool), 'real' in vars(int))
print(isinstance(int.real, types.GetSetDescriptorType), isinstance(property.fget, types.MemberDescriptorType))
print(inspect.isgetsetdescriptor(int.real), inspect.ismemberdescriptor(slice.start))

for call in [lambda: int.real.__get__('x'), lambda: slice.start.__get__(range(3)),
             lambda: BaseException.args.__get__(1), lambda: F['__name__'].__get__(1),
             lambda: F['__name__'].__set__(1, 'x'), lambda: type.__dict__['__name__'].__get__(3),
             lambda: int.real.__set__(3, 4), lambda: complex.real.__set__(3j, 4),
             lambda: F['__name__'].__set__(f, 1), lambda: F['__globals__'].__set__(f, {}),
             lambda: F['__name__'].__delete__(f), lambda: property.fget.__set__(pr, None),
             lambda: G.gi_running.__set__(g, True)]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

print(sorted(k for k, v in vars(G).items() if type(v) in (types.GetSetDescriptorType, types.MemberDescriptorType)))
print(sorted(k for k, v in vars(BaseException).items() if type(v) in (types.GetSetDescriptorType, types.MemberDescriptorType)))
print(sorted(k for k, v in vars(type).items() if type(v) is types.MemberDescriptorType))
print(dir(int) == sorted(set(dir(object)) | set(vars(int))))
