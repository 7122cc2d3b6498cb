"""Abstract Base Classes (PEP 3119), written for gclab after CPython 3.11's
Lib/abc.py and Lib/_py_abc.py: ABCMeta keeps its registry and caches in
WeakSets (so registering a class does not keep it alive). A class with
abstract methods left cannot be instantiated: setting its
__abstractmethods__ marks it abstract and object.__new__ refuses it, as in
CPython (Py_TPFLAGS_IS_ABSTRACT)."""

try:
    # gclab's native WeakSet: CPython's _abc keeps these sets in C.
    from _gclab import native_weakset as WeakSet
except ImportError:
    from _weakrefset import WeakSet

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated decorators subclass classmethod/staticmethod/property; where
# the interpreter cannot subclass those yet, they are plain functions.
try:
    class abstractclassmethod(classmethod):
        """A decorator indicating abstract classmethods (deprecated)."""
        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)

    class abstractstaticmethod(staticmethod):
        """A decorator indicating abstract staticmethods (deprecated)."""
        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)

    class abstractproperty(property):
        """A decorator indicating abstract properties (deprecated)."""
        __isabstractmethod__ = True
except TypeError:
    def abstractclassmethod(callable):
        callable.__isabstractmethod__ = True
        return classmethod(callable)

    def abstractstaticmethod(callable):
        callable.__isabstractmethod__ = True
        return staticmethod(callable)

    def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
        fget.__isabstractmethod__ = True
        return property(fget, fset, fdel, doc)


def get_cache_token():
    """Returns the current ABC cache token."""
    return ABCMeta._abc_invalidation_counter


def _abstracts_of(cls, namespace):
    abstracts = {name for name, value in namespace.items()
                 if getattr(value, "__isabstractmethod__", False)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", set()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return _frozen(abstracts)


try:
    _frozen = frozenset
except NameError:
    _frozen = set


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace)
        cls._abc_registry = WeakSet()
        cls._abc_cache = WeakSet()
        cls._abc_negative_cache = WeakSet()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1  # Invalidate negative cache
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter and
                    subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = WeakSet()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls.__subclasses__() if hasattr(cls, '__subclasses__') else ():
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstracts_of(cls, vars(cls))
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()

    def __subclasshook__(cls, subclass):
        return NotImplemented
    __subclasshook__ = classmethod(__subclasshook__)
