"""_abc for gclab: CPython 3.11's C accelerator of abc (Modules/_abc.c) as
Python standing for C (c-implemented.ts: no frames in tracebacks, its
temporaries never count in gc.get_count()). Each ABC holds one _abc_data
object (`_abc_impl`) whose registry and caches are plain sets of weak
references, made at their first entry; each entry's weakref calls back a
method bound to a weak reference to its set (_add_to_weak_set's
PyCFunction over `wr`), which discards the dead entry. abc.py's ABCMeta
calls these functions as CPython's does.
"""

from _weakref import ref
from _gclab import add_collection_flags as _add_collection_flags
from _gclab import collection_flags as _collection_flags
from _gclab import set_collection_flag as _set_collection_flag
from _gclab import in_startup_module as _in_startup_module

# abc_invalidation_counter of the module state: register() bumps it, which
# invalidates every ABC's negative cache.
_abc_invalidation_counter = 0

# python3's start-up (site, and the modules it imports: _collections_abc,
# collections, os, ...) registers 25 classes before __main__ runs, so
# get_cache_token() starts there and does not move when the program
# imports those modules. gclab loads them later, on first import: their
# registrations still invalidate the negative caches, but get_cache_token()
# leaves them out.
_STARTUP_REGISTRATIONS = 25
_startup_module_registrations = 0


class _abc_data:
    """Internal state held by ABC machinery."""
    __slots__ = ('_abc_registry', '_abc_cache', '_abc_negative_cache', '_abc_negative_cache_version')

    def __init__(self):
        # abc_data_new: the sets are made at their first entry (NULL until then).
        self._abc_registry = None
        self._abc_cache = None
        self._abc_negative_cache = None
        self._abc_negative_cache_version = _abc_invalidation_counter


# The bound-method type: _add_to_weak_set's callback is one object holding
# the set's weak reference, as its PyCFunction with `wr` as self is. (A
# throwaway class here would leave cyclic garbage python3's start-up
# collected long before the program's first gc.collect().)
_MethodType = type(_abc_data().__init__)

# Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING.
_COLLECTION_FLAGS = (1 << 5) | (1 << 6)


def _destroy(setweakref, objweakref):
    # _destroy: the entry's referent died; drop the entry from its set, if the set lives.
    s = setweakref()
    if s is not None:
        s.discard(objweakref)


def _get_impl(self):
    impl = self._abc_impl
    if type(impl) is not _abc_data:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _in_weak_set(s, obj):
    if s is None or not s:
        return False
    try:
        r = ref(obj)
    except TypeError:
        return False
    return r in s


def _add_to_weak_set(impl, which, obj):
    if which == 0:
        s = impl._abc_registry
        if s is None:
            s = impl._abc_registry = set()
    elif which == 1:
        s = impl._abc_cache
        if s is None:
            s = impl._abc_cache = set()
    else:
        s = impl._abc_negative_cache
        if s is None:
            s = impl._abc_negative_cache = set()
    wr = ref(s)
    destroy_cb = _MethodType(_destroy, wr)
    s.add(ref(obj, destroy_cb))


def _is_abstract(value):
    # _PyObject_IsAbstract.
    return bool(getattr(value, '__isabstractmethod__', False))


_MISSING = object()


def _compute_abstract_methods(self):
    abstracts = set()
    # Stage 1: direct abstract methods (the namespace's items, a snapshot).
    ns = self.__dict__
    for item in list(ns.items()):
        key, value = item
        if _is_abstract(value):
            abstracts.add(key)
    # Stage 2: inherited abstract methods.
    bases = self.__bases__
    if not isinstance(bases, tuple):
        raise TypeError("__bases__ is not tuple")
    for item in bases:
        base_abstracts = getattr(item, '__abstractmethods__', _MISSING)
        if base_abstracts is _MISSING:
            continue
        for key in base_abstracts:
            value = getattr(self, key, _MISSING)
            if value is _MISSING:
                continue
            if _is_abstract(value):
                abstracts.add(key)
    self.__abstractmethods__ = frozenset(abstracts)


def _abc_init(self, /):
    """Internal ABC helper for class set-up. Should be never used outside abc module."""
    _compute_abstract_methods(self)
    # Set up inheritance registry.
    self._abc_impl = _abc_data()
    if isinstance(self, type):
        # An exact int __abc_tpflags__ goes into tp_flags' collection bits;
        # the name leaves the namespace whatever its value.
        ns = type.__getattribute__(self, '__dict__')
        if '__abc_tpflags__' in ns:
            flags = ns['__abc_tpflags__']
            if type(flags) is int:
                if flags & _COLLECTION_FLAGS == _COLLECTION_FLAGS:
                    raise TypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING")
                _add_collection_flags(self, flags)
            type.__delattr__(self, '__abc_tpflags__')


def _abc_register(self, subclass, /):
    """Internal ABC helper for subclasss registration. Should be never used outside abc module."""
    global _abc_invalidation_counter, _startup_module_registrations
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, self):
        return subclass  # Already a subclass.
    # Subtle: test for cycles *after* testing for "already a subclass";
    # this means we allow X.register(X) and interpret it as a no-op.
    if issubclass(self, subclass):
        # This would create a cycle, which is bad for the algorithm below.
        raise RuntimeError("Refusing to create an inheritance cycle")
    impl = _get_impl(self)
    _add_to_weak_set(impl, 0, subclass)
    # Invalidate negative cache.
    _abc_invalidation_counter += 1
    if _in_startup_module():
        _startup_module_registrations += 1
    # Set Py_TPFLAGS_SEQUENCE or Py_TPFLAGS_MAPPING flag.
    if isinstance(self, type):
        collection_flag = _collection_flags(self) & _COLLECTION_FLAGS
        if collection_flag:
            _set_collection_flag(subclass, collection_flag)
    return subclass


def _abc_instancecheck(self, instance, /):
    """Internal ABC helper for instance checks. Should be never used outside abc module."""
    impl = _get_impl(self)
    subclass = instance.__class__
    # Inline the cache checking.
    if _in_weak_set(impl._abc_cache, subclass):
        return True
    subtype = type(instance)
    if subtype is subclass:
        if impl._abc_negative_cache_version == _abc_invalidation_counter:
            if _in_weak_set(impl._abc_negative_cache, subclass):
                return False
        # Fall back to the subclass check.
        return self.__subclasscheck__(subclass)
    result = self.__subclasscheck__(subclass)
    if not result:
        result = self.__subclasscheck__(subtype)
    return result


def _subclasscheck_check_registry(impl, subclass):
    # Fast path: check subclass is in weakref directly.
    if _in_weak_set(impl._abc_registry, subclass):
        return True
    registry = impl._abc_registry
    if registry is None or not registry:
        return False
    # Weakref callback may remove entry from set, so take a snapshot first.
    for r in list(registry):
        rkey = r()
        if rkey is None:
            continue
        if issubclass(subclass, rkey):
            _add_to_weak_set(impl, 1, subclass)
            return True
    return False


def _abc_subclasscheck(self, subclass, /):
    """Internal ABC helper for subclasss checks. Should be never used outside abc module."""
    if not isinstance(subclass, type):
        raise TypeError("issubclass() arg 1 must be a class")
    impl = _get_impl(self)
    # 1. Check cache.
    if _in_weak_set(impl._abc_cache, subclass):
        return True
    # 2. Check negative cache; may have to invalidate.
    if impl._abc_negative_cache_version < _abc_invalidation_counter:
        # Invalidate the negative cache.
        if impl._abc_negative_cache is not None:
            impl._abc_negative_cache.clear()
        impl._abc_negative_cache_version = _abc_invalidation_counter
    elif _in_weak_set(impl._abc_negative_cache, subclass):
        return False
    # 3. Check the subclass hook.
    ok = self.__subclasshook__(subclass)
    if ok is True:
        _add_to_weak_set(impl, 1, subclass)
        return True
    if ok is False:
        _add_to_weak_set(impl, 2, subclass)
        return False
    if ok is not NotImplemented:
        raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
    # 4. Check if it's a direct subclass.
    for mro_item in type.__getattribute__(subclass, '__mro__'):
        if mro_item is self:
            _add_to_weak_set(impl, 1, subclass)
            return True
    # 5. Check if it's a subclass of a registered class (recursive).
    if _subclasscheck_check_registry(impl, subclass):
        return True
    # 6. Check if it's a subclass of a subclass (recursive).
    subclasses = self.__subclasses__()
    if not isinstance(subclasses, list):
        raise TypeError("__subclasses__() must return a list")
    for scls in subclasses:
        if issubclass(subclass, scls):
            _add_to_weak_set(impl, 1, subclass)
            return True
    # No dice; update negative cache.
    _add_to_weak_set(impl, 2, subclass)
    return False


def get_cache_token():
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying the
    current version of the ABC cache for virtual subclasses. The token changes
    with every call to register() on any ABC."""
    return _abc_invalidation_counter - _startup_module_registrations + _STARTUP_REGISTRATIONS


def _get_dump(self, /):
    """Internal ABC helper for cache and registry debugging.

    Return shallow copies of registry, of both caches, and
    negative cache version. Don't call this function directly,
    instead use ABC._dump_registry() for a nice repr."""
    impl = _get_impl(self)
    return (set(impl._abc_registry or ()), set(impl._abc_cache or ()),
            set(impl._abc_negative_cache or ()), impl._abc_negative_cache_version)


def _reset_registry(self, /):
    """Internal ABC helper to reset registry of a given class.

    Should be only used by refleak.py"""
    impl = _get_impl(self)
    if impl._abc_registry is not None:
        impl._abc_registry.clear()


def _reset_caches(self, /):
    """Internal ABC helper to reset both caches of a given class.

    Should be only used by refleak.py"""
    impl = _get_impl(self)
    if impl._abc_cache is not None:
        impl._abc_cache.clear()
    # also the second cache
    if impl._abc_negative_cache is not None:
        impl._abc_negative_cache.clear()
