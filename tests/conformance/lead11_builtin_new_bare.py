# T.__new__(T) with no arguments: tp_new_wrapper calls the type's tp_new,
# which for property, staticmethod, classmethod and super is the generic
# allocator (PyType_GenericNew): an empty object, initialised later or never.
for t in (property, staticmethod, classmethod, super, object, int, list, dict, bytearray,
          frozenset, complex, float, str, bytes, tuple, set, zip, map, filter, reversed):
    try:
        o = t.__new__(t)
        print(t.__name__, type(o).__name__, type(o) is t)
    except Exception as e:
        print(t.__name__, type(e).__name__, e)
for bad in (property.__new__, staticmethod.__new__):
    for args in ((), (int,), (3,)):
        try:
            bad(*args)
        except TypeError as e:
            print(type(e).__name__, e)
