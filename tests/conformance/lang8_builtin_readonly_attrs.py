# Assigning or deleting attributes of builtin objects, which have no
# __dict__: CPython's PyObject_GenericSetAttr errors name what the type
# has there -- a getset without a setter (int.real, float.imag: "attribute
# 'real' of 'int' objects is not writable", bool naming int, the type that
# defines it), a READONLY member (complex.real, range.start, slice.stop:
# "readonly attribute"), a method ("'int' object attribute 'bit_length' is
# read-only") or nothing ("'int' object has no attribute 'x'").
for f in [lambda: setattr(1, 'real', 2), lambda: setattr(1, 'imag', 2), lambda: setattr(1.5, 'real', 2), lambda: setattr(1j, 'imag', 2), lambda: setattr(1, 'numerator', 2), lambda: setattr(1, 'x', 2), lambda: delattr(1, 'real'), lambda: setattr('s', 'x', 1), lambda: setattr([], 'append', 1), lambda: setattr((1).__class__, 'x', 1), lambda: delattr(1.5, 'imag'), lambda: setattr(True, 'real', 1),
          lambda: setattr(1, 'bit_length', 1), lambda: setattr('s', 'upper', 1), lambda: setattr(None, 'x', 1), lambda: setattr(1.5, 'hex', 1), lambda: setattr(1j, 'conjugate', 1), lambda: setattr(1j, 'x', 1), lambda: setattr(1.5, 'x', 1), lambda: setattr(b'x', 'hex', 1), lambda: setattr((), 'count', 1), lambda: setattr({}, 'get', 1), lambda: setattr(range(3), 'start', 1), lambda: setattr(slice(1), 'stop', 1), lambda: setattr(True, 'x', 1), lambda: setattr(..., 'x', 1), lambda: setattr(frozenset(), 'x', 1), lambda: setattr(iter([]), 'x', 1)]:
    try: f(); print("ok")
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: delattr(1, 'x'), lambda: delattr('s', 'upper'), lambda: delattr(1j, 'real'), lambda: delattr(range(2), 'step'), lambda: delattr([], 'x'), lambda: delattr(None, 'x'), lambda: delattr(print, 'x'), lambda: delattr(True, 'numerator')]:
    try: f(); print("ok")
    except Exception as e: print(type(e).__name__, e)
# Subclasses of builtins: the builtin's getsets and members stay data
# descriptors for their instances, unless a class before it defines the name.
class T(float): pass
class I(int): pass
class B(int):
    real = 5
class Cx(complex): pass
class R: pass
for obj, name in [(T(1.5), 'real'), (T(1.5), 'imag'), (I(3), 'numerator'), (I(3), 'x'), (Cx(1j), 'imag'), (R(), 'real'), (B(2), 'real')]:
    try:
        setattr(obj, name, 9); print("set", name, getattr(obj, name))
    except AttributeError as e: print(e)
    try:
        delattr(obj, name); print("del", name)
    except AttributeError as e: print(e)
# A program that tries to monkeypatch a number, and one that catches it.
class Temperature(float):
    pass
t = Temperature(21.5)
t.unit = "C"
print(t, t.unit, t.real)
try:
    t.real = 3
except AttributeError as e:
    print(e)
try:
    (3).denominator = 2
except AttributeError as e:
    print(e)
