# __text_signature__, __qualname__ and __doc__ of builtin functions,
# methods, slot wrappers and types (the C docstrings' "sig=" part), and the
# __new__ of builtin types as tp_new_wrapper binds it to its type.
import math
import re


def show(x):
    r = re.sub(r'0x[0-9a-f]+', '0x...', repr(x))
    doc = x.__doc__
    print(type(x).__name__, x.__qualname__, x.__text_signature__, r, (doc or '').split('\n')[0][:40])


class L(list):
    pass


class D(dict):
    pass


for f in (len, abs, divmod, iter, math.sqrt, math.hypot, list.append, [].append,
          L().append, list.__add__, [].__add__, L().__add__, object.__init__,
          object().__init__, dict.fromkeys, D.fromkeys, D().fromkeys, int.from_bytes,
          str.maketrans, bytes.fromhex, float.fromhex, list.__init_subclass__,
          D.__init_subclass__, object.__subclasshook__, str.join, dict.get,
          object.__new__, int.__new__, list.__new__, D.__new__, type.__new__, type.__prepare__):
    show(f)

for t in (list, tuple, object, int, str, dict, float, complex, property, enumerate, type, L, D):
    print(t.__name__, t.__text_signature__)

print(object.__new__.__self__, int.__new__.__self__, D.__new__.__self__, type.__new__.__self__)
print(object.__new__.__module__, len.__module__, math.sqrt.__module__, [].append.__module__)
print(object.__new__ is object.__new__, int.__new__ is int.__new__, D.__new__ is dict.__new__)


class C:
    """C(a, b)"""


print(C.__text_signature__, C.__doc__)
