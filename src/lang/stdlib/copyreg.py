"""copyreg for gclab: the registry of reduction functions that pickle and
copy consult, written after CPython 3.11's Lib/copyreg.py.

dispatch_table maps a type to a function returning its reduce value;
pickle() adds an entry. __newobj__ and __newobj_ex__ are the callables a
reduce value names to rebuild an object with cls.__new__ (pickle writes
them as its NEWOBJ and NEWOBJ_EX opcodes). The extension registry
(add_extension, remove_extension, clear_extension_cache) keeps its three
tables as CPython's does.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)

pickle(complex, pickle_complex, complex)

def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)

pickle(type(int | str), pickle_union)


def __newobj__(cls, *args):
    """NEWOBJ: a new object of cls from cls.__new__, before its state."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """NEWOBJ_EX: cls.__new__ with positional and keyword arguments."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """What protocols 0 and 1 name to rebuild an instance of a class whose
    nearest builtin base is `base`."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _is_heap_type(cls):
    """Py_TPFLAGS_HEAPTYPE, which gclab's types do not expose as __flags__: a
    class made by a class statement (or type()) keeps __module__ in its own
    __dict__; a builtin type does not."""
    flags = getattr(cls, '__flags__', None)
    if flags is not None:
        return bool(flags & _HEAPTYPE)
    return cls is not type and '__module__' in vars(cls)


_HEAPTYPE = 1<<9


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1 (CPython's copyreg): rebuild
    with _reconstructor from the nearest builtin base and the state."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if not _is_heap_type(base):
            break
    else:
        base = object # not really reachable
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


def _slotnames(cls):
    """The names of cls's __slots__ over its MRO (private names mangled),
    cached in cls.__slotnames__ as CPython caches them."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass
    return names


# The extension registry (pickle's EXT1/EXT2/EXT4 codes).
_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code for module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
