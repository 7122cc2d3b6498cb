# inspect.signature of builtins reads their __text_signature__ (Argument
# Clinic's "($module, obj, /)"): "$" marks the bound first parameter, which
# goes when the callable is bound (a method, a module function: len's
# __self__ is the builtins module), "/" ends the positional-only ones;
# defaults are evaluated in the callable's module. A builtin type's comes
# from the first class of its MRO with one.
import inspect
import math


class L(list): pass
class M(type): pass
class C: pass


class P:
    def __init__(self, a, b=2): pass


def show(o):
    name = getattr(o, '__qualname__', type(o).__name__)
    try:
        sig = inspect.signature(o)
        print(name, sig, ' '.join(p.kind.name for p in sig.parameters.values()))
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, str(e).split(' at 0x')[0])


for o in (len, abs, divmod, iter, math.sqrt, math.hypot, list.append, [].append, L().append,
          dict.fromkeys, {}.fromkeys, int.from_bytes, object.__init__, object().__init__,
          object.__init__.__get__, list.__add__, [].__add__, str.join, 'x'.join, sorted, print,
          max, getattr, type, object, list, tuple, L, M, C, P, property, int, range, dict,
          int.__new__, dict.get, {}.get, list.sort, repr, isinstance, round, pow, sum, next,
          math.log, math.isclose, math.prod, str.split, bytes.hex, int.to_bytes, list.__getitem__):
    show(o)

print(len.__self__, [].append.__self__, object.__new__.__self__, dict.fromkeys.__self__)
print(inspect.signature(list.append).bind([], 1).arguments)
print(inspect.signature(int.from_bytes).bind(b'\x01', 'little', signed=True).arguments)
try:
    inspect.signature(sorted).bind([], lambda x: x)
except TypeError as e:
    print('TypeError', e)
print(inspect.Signature.from_callable(str.replace), inspect.signature(round).parameters['ndigits'].default)
