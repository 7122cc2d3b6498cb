"""functools for gclab: higher-order functions and operations on callables.

Written for gclab after CPython 3.11's Lib/functools.py and
Modules/_functoolsmodule.c. CPython implements partial, reduce, cmp_to_key
and the lru_cache wrapper in C; here they are Python, keeping what decides
object lifetimes: a partial holds func, args and keywords (and is in any
cycle they close); an lru_cache wrapper keeps every cached argument and
result alive until cache_clear() or eviction, its entries in a circular
doubly linked list ordered from least to most recently used; a key is the
argument itself for one int or str argument, a tuple otherwise (C's
lru_cache_make_key).
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

import sys as _sys

################################################################################
### update_wrapper() and wraps() decorator
################################################################################

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the assigned attributes, merge
    the updated ones, and point __wrapped__ at the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so a __wrapped__ copied from wrapped.__dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory: update_wrapper with `wrapped` already given."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################################
### total_ordering class decorator
################################################################################

def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

_convert = {
    '__lt__': [('__gt__', _gt_from_lt),
               ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le),
               ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt),
               ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge),
               ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)]
}


def total_ordering(cls):
    """Class decorator that fills in the missing ordering methods from one."""
    # The ordering methods the class itself defines (not object's defaults).
    roots = {op for op in _convert
             if any(op in vars(base) for base in cls.__mro__ if base is not object)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


################################################################################
### cmp_to_key() function converter
################################################################################

class KeyWrapper:
    """functools.KeyWrapper (keyobject in _functoolsmodule.c): what
    cmp_to_key(mycmp) returns, and, called with an object, a KeyWrapper of
    that object whose comparisons call mycmp. One type for every call (no
    class made per cmp_to_key call)."""

    __slots__ = ('_cmp', 'obj')

    # No tp_new: only cmp_to_key and a KeyWrapper's call make one.
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'functools.KeyWrapper' instances")

    def __call__(self, obj):
        return _new_key(self._cmp, obj)

    def _compare(self, other):
        if type(other) is not type(self):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __ne__(self, other):
        return self._compare(other) != 0

    __hash__ = None


# Not a name of the module in CPython.
_KeyWrapper = KeyWrapper
del KeyWrapper


def _new_key(cmp, obj):
    key = _object_new(_KeyWrapper)
    key._cmp = cmp
    key.obj = obj
    return key


_object_new = object.__new__


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return _new_key(mycmp, None)


################################################################################
### reduce() sequence to a single item
################################################################################

_initial_missing = object()

def reduce(function, sequence, initial=_initial_missing):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value."""
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value

try:
    # The C reduce: the caller keeps the iterable alive until it returns.
    from _functools import reduce
except ImportError:
    pass


################################################################################
### partial() argument application
################################################################################

class partial:
    """New function with partial application of the given arguments
    and keywords.
    """

    # partial_clear releases fn, args, kw, then the dict; a class's slots are
    # cleared in sorted name order, so the C fields are named to sort that way.
    __slots__ = "_p0_func", "_p1_args", "_p2_keywords", "__dict__", "__weakref__"

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._p0_func

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._p1_args

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._p2_keywords

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, *args = args
        args = tuple(args)
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if hasattr(func, "func") and type(func) is partial:
            # Flatten a partial of a partial (partial_new does it for exact partials).
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super(partial, cls).__new__(cls)
        self._p0_func = func
        self._p1_args = args
        self._p2_keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self._p2_keywords, **keywords}
        return self._p0_func(*self._p1_args, *args, **keywords)

    def __repr__(self):
        # partial_repr: Py_ReprEnter makes a partial met again while its own
        # repr is being made "...".
        for running in _partial_repr_running:
            if running is self:
                return "..."
        _partial_repr_running.append(self)
        try:
            args = [repr(self._p0_func)]
            args.extend(repr(x) for x in self._p1_args)
            args.extend(f"{k}={v!r}" for (k, v) in self._p2_keywords.items())
        finally:
            _partial_repr_running.remove(self)
        # The type's tp_name: "functools.partial", a subclass's bare __name__.
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(args)})"

    def __reduce__(self, /):
        # partial_reduce: (type(self), (func,), (func, args, keywords, __dict__ or None)).
        return type(self), (self._p0_func,), (self._p0_func, self._p1_args,
                                              self._p2_keywords, _existing_dict(self))

    def __setstate__(self, state, /):
        # partial_setstate: a 4-tuple (func, args, keywords, namespace) with a
        # callable, a tuple and a dict or None, else one TypeError.
        if (not isinstance(state, tuple) or len(state) != 4 or not callable(state[0])
                or not isinstance(state[1], tuple)
                or (state[2] is not None and not isinstance(state[2], dict))):
            raise TypeError("invalid partial state")
        func, args, kwds, namespace = state
        # An exact tuple and an exact dict are kept; a subclass is converted.
        if type(args) is not tuple:
            args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        # Py_XSETREF(pto->dict, dict): the state's dict itself; None drops the dict.
        if namespace is None or isinstance(namespace, dict):
            _replace_dict(self, namespace)
        self._p0_func = func
        self._p1_args = args
        self._p2_keywords = kwds


_partial_repr_running = []


class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        format_string = "{module}.{cls}({func}, {args}, {keywords})"
        return format_string.format(module=self.__class__.__module__,
                                    cls=self.__class__.__qualname__,
                                    func=self.func, args=args, keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


################################################################################
### LRU Cache function decorator
################################################################################

# CPython's cache_info() returns a namedtuple CacheInfo(hits, misses,
# maxsize, currsize) (Lib/functools.py). CPython makes the class when
# functools is imported, before a program starts; here it is made at the
# first cache_info() call (importing functools does not import collections),
# as start-up work: that call counts only its CacheInfo, as in python3.
_CacheInfoType = None


def _make_cache_info_type():
    global _CacheInfoType
    from collections import namedtuple
    _CacheInfoType = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def _CacheInfo(hits, misses, maxsize, currsize):
    if _CacheInfoType is None:
        try:
            from _gclab import startup_work
        except ImportError:
            _make_cache_info_type()
        else:
            startup_work(_make_cache_info_type)
    return _CacheInfoType(hits, misses, maxsize, currsize)

_kwd_mark = (object(),)

# The C wrapper calls no Python-level len(): a program may cache builtins.len itself.
_len = len


def _make_key(args, kwds, typed):
    """lru_cache_make_key: the argument itself for one int/str argument,
    otherwise a flat tuple of arguments, a marker, keyword items (and types
    when typed)."""
    if not kwds and not typed and _len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    maxsize=None: the cache grows without bound. typed=True: arguments of
    different types are cached separately. The wrapper has cache_info(),
    cache_clear() and cache_parameters(), and __wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses: maxsize is the user function.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


try:
    from _gclab import embedded_list as _embedded_list
except ImportError:
    _embedded_list = list

try:
    from _gclab import known_get as _known_get, known_set as _known_set, known_contains as _known_contains, known_pop as _known_pop
except ImportError:
    def _known_get(d, key, h, default):
        return d.get(key, default)

    def _known_set(d, key, h, value):
        d[key] = value

    def _known_contains(d, key, h):
        return key in d

    def _known_pop(d, key, h):
        return d.pop(key)


class _lru_cache_wrapper:
    """The C type functools._lru_cache_wrapper (Modules/_functoolsmodule.c):
    the cache dict, the list of links, the user function and the
    statistics in its struct (here __slots__), a __dict__ for
    update_wrapper's attributes and weak references. It binds as a method
    (lru_cache_descr_get), and copy/pickle return it itself.

    The links (lru_list_elem) are not GC objects in CPython: the wrapper's
    tp_traverse visits each link's key and result itself. Here they are the
    quadruples (id, hash, result, key) of one embedded list (the collector sees its
    items as the wrapper's own, and it is no object of its own), newest
    first, so that releasing it -- the wrapper dying, lru_cache_tp_clear --
    frees the links oldest first, each key before its result, as
    lru_cache_clear_list does. The cache dict maps a key to its link's id
    (an int, as CPython's maps it to a non-GC link)."""

    __slots__ = ('_cache', '_func', '_cache_info_type', '_links', '_maxsize', '_typed',
                 '_hits', '_misses', '_next_id', '__dict__', '__weakref__')

    def __new__(cls, user_function, maxsize, typed, cache_info_type):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        if maxsize is not None and not isinstance(maxsize, int):
            raise TypeError('maxsize should be integer or None')
        self = object.__new__(cls)
        self._func = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._links = _embedded_list()
        self._next_id = 0
        self._hits = self._misses = 0
        self._cache_info_type = cache_info_type
        return self

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            # No caching: only the statistics change.
            self._misses += 1
            result = self._func(*args, **kwds)
            return result
        if maxsize is None:
            # Unbounded (infinite_lru_cache_wrapper): the key is hashed once.
            key = _make_key(args, kwds, self._typed)
            h = hash(key)
            cache = self._cache
            result = _known_get(cache, key, h, _sentinel)
            if result is not _sentinel:
                self._hits += 1
                return result
            self._misses += 1
            result = self._func(*args, **kwds)
            _known_set(cache, key, h, result)
            return result
        # Bounded (bounded_lru_cache_wrapper): the least recently used entry goes first;
        # the key is hashed once, its link keeps the hash for the eviction.
        key = _make_key(args, kwds, self._typed)
        h = hash(key)
        cache = self._cache
        link = _known_get(cache, key, h, None)
        links = self._links
        if link is not None:
            # lru_cache_extract_link + lru_cache_append_link: the link becomes the newest.
            # The link's quadruple, found by its id (ids sit at every fourth place: an
            # int comparison, no key's or result's __eq__ runs).
            i = 0
            while links[i] != link:
                i += 4
            if i:
                links.insert(0, links[i + 3])
                links.insert(0, links[i + 3])
                links.insert(0, links[i + 3])
                links.insert(0, link)
                del links[i + 4:i + 8]
            self._hits += 1
            return links[2]
        self._misses += 1
        result = self._func(*args, **kwds)
        if _known_contains(cache, key, h):
            # The call itself cached this key: the link update is done, only return.
            return result
        if _len(cache) < maxsize or not links:
            # Not full: a new link for the result.
            link = self._next_id
            self._next_id = link + 1
            _known_set(cache, key, h, link)
            links.insert(0, key)
            links.insert(0, result)
            links.insert(0, h)
            links.insert(0, link)
            return result
        # Full: the oldest link is taken out of the dict (by its kept hash), reused for
        # the new key, and its old key, then its old result, are released last.
        oldkey = links.pop()
        oldresult = links.pop()
        oldhash = links.pop()
        link = links.pop()
        _known_pop(cache, oldkey, oldhash)
        _known_set(cache, key, h, link)
        links.insert(0, key)
        links.insert(0, result)
        links.insert(0, h)
        links.insert(0, link)
        del oldkey
        del oldresult
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self, /, *extra):
        """Report cache statistics"""
        if extra:
            raise TypeError(f'_lru_cache_wrapper.cache_info() takes no arguments ({_len(extra)} given)')
        return self._cache_info_type(self._hits, self._misses, self._maxsize, _len(self._cache))

    def cache_clear(self, /, *extra):
        """Clear the cache and cache statistics"""
        if extra:
            raise TypeError(f'_lru_cache_wrapper.cache_clear() takes no arguments ({_len(extra)} given)')
        # lru_cache_cache_clear: unlink the list, clear the dict, then free the
        # links oldest first, each releasing its key before its result.
        links = self._links
        self._links = _embedded_list()
        self._hits = self._misses = 0
        self._cache.clear()
        del links

    def __reduce__(self, /):
        return self.__qualname__

    def __copy__(self, /):
        return self

    def __deepcopy__(self, memo, /):
        return self


_sentinel = object()
_MethodType = type(_lru_cache_wrapper.__call__.__get__(1))

try:
    from _gclab import instance_dict as _instance_dict
except ImportError:
    pass
else:
    # partial and the lru_cache wrapper have a __dict__ object (tp_dictoffset).
    _instance_dict(partial)
    _instance_dict(_lru_cache_wrapper)
    del _instance_dict

try:
    from _gclab import existing_dict as _existing_dict, replace_dict as _replace_dict
except ImportError:
    def _existing_dict(obj):
        return obj.__dict__ or None

    def _replace_dict(obj, d):
        obj.__dict__.clear()
        obj.__dict__.update(d or {})


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################################
### singledispatch() - single-dispatch generic function decorator
################################################################################

def _c3_merge(sequences):
    """Merges MROs in *sequences* to a single MRO using the C3 algorithm."""
    result = []
    while True:
        sequences = [s for s in sequences if s]   # purge empty sequences
        if not sequences:
            return result
        for s1 in sequences:   # find merge candidates among seq heads
            candidate = s1[0]
            for s2 in sequences:
                if candidate in s2[1:]:
                    candidate = None
                    break      # reject the current head, it appears later
            else:
                break
        if candidate is None:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(candidate)
        # remove the chosen candidate
        for seq in sequences:
            if seq[0] == candidate:
                del seq[0]


def _c3_mro(cls, abcs=None):
    """The C3 linearization of cls with the ABCs it is a virtual subclass of
    (`abcs`) inserted after the explicit bases that are ABCs: singledispatch
    orders a dict's Mapping before object this way."""
    for i, base in enumerate(reversed(cls.__bases__)):
        if hasattr(base, '__abstractmethods__'):
            boundary = len(cls.__bases__) - i
            break   # Bases up to the last explicit ABC are considered first.
    else:
        boundary = 0
    abcs = list(abcs) if abcs else []
    explicit_bases = list(cls.__bases__[:boundary])
    abstract_bases = []
    other_bases = list(cls.__bases__[boundary:])
    for base in abcs:
        if issubclass(cls, base) and not any(
                issubclass(b, base) for b in cls.__bases__
            ):
            # If *cls* is the class that introduces behaviour described by
            # an ABC *base*, insert said ABC to its MRO.
            abstract_bases.append(base)
    for base in abstract_bases:
        abcs.remove(base)
    explicit_c3_mros = [_c3_mro(base, abcs=abcs) for base in explicit_bases]
    abstract_c3_mros = [_c3_mro(base, abcs=abcs) for base in abstract_bases]
    other_c3_mros = [_c3_mro(base, abcs=abcs) for base in other_bases]
    return _c3_merge(
        [[cls]] +
        explicit_c3_mros + abstract_c3_mros + other_c3_mros +
        [explicit_bases] + [abstract_bases] + [other_bases]
    )


def _compose_mro(cls, types):
    """cls's MRO extended with the registered types it relates to (virtual
    bases such as the ABCs a builtin is registered with)."""
    bases = set(cls.__mro__)
    # Remove entries which are already present in the __mro__ or unrelated.
    def is_related(typ):
        return (typ not in bases and hasattr(typ, '__mro__')
                                 and not isinstance(typ, _GenericAlias)
                                 and issubclass(cls, typ))
    types = [n for n in types if is_related(n)]
    # Remove entries which are strict bases of other entries (they will end up
    # in the MRO anyway.
    def is_strict_base(typ):
        for other in types:
            if typ != other and typ in other.__mro__:
                return True
        return False
    types = [n for n in types if not is_strict_base(n)]
    # Subclasses of the ABCs in *types* which are also implemented by
    # *cls* can be used to stabilize ABC ordering.
    type_set = set(types)
    mro = []
    for typ in types:
        found = []
        for sub in typ.__subclasses__():
            if sub not in bases and issubclass(cls, sub):
                found.append([s for s in sub.__mro__ if s in type_set])
        if not found:
            mro.append(typ)
            continue
        # Favor subclasses with the biggest number of useful bases
        found.sort(key=len, reverse=True)
        for sub in found:
            for subcls in sub:
                if subcls not in mro:
                    mro.append(subcls)
    return _c3_mro(cls, abcs=mro)


def _find_impl(cls, registry):
    """The implementation registered for the best match of cls in its
    composed MRO (ABCs included); an ambiguous match is a RuntimeError."""
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            # If *match* is an implicit ABC but there is another unrelated,
            # equally matching implicit ABC, refuse the temptation to guess.
            if (t in registry and t not in cls.__mro__
                              and match not in cls.__mro__
                              and not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(
                    match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


_GenericAlias = type(list[int])
_UnionType = type(int | str)


def _is_typing_union(cls):
    """A typing.Union[...] (typing is only looked at if a program imported it:
    no Union object exists otherwise)."""
    typing = _sys.modules.get('typing')
    return typing is not None and typing.get_origin(cls) is typing.Union


def get_cache_token():
    """abc.get_cache_token(), a global of functools as in CPython (abc is
    imported at the first call, not with functools)."""
    from abc import get_cache_token
    return get_cache_token()


def _type_hints(func):
    """The annotations of func, strings resolved (typing.get_type_hints)."""
    ann = getattr(func, '__annotations__', {})
    if any(isinstance(v, str) for v in ann.values()):
        from typing import get_type_hints
        return get_type_hints(func)
    return ann


def singledispatch(func):
    """Single-dispatch generic function decorator: dispatch on the type of
    the first argument among the implementations added with .register()."""
    # The closures are 3.11.7's: _is_union_type and _is_valid_dispatch_type
    # are nested over a `types` cell, get_cache_token is a global, so a dead
    # generic function leaves the cells and functions python3 collects.
    import types, weakref

    registry = {}
    # Weak keys: dispatching on a class does not keep it alive.
    dispatch_cache = weakref.WeakKeyDictionary()
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.

        """
        nonlocal cache_token
        if cache_token is not None:
            current_token = get_cache_token()
            if cache_token != current_token:
                dispatch_cache.clear()
                cache_token = current_token
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def _is_union_type(cls):
        return isinstance(cls, types.UnionType) or _is_typing_union(cls)

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        return (_is_union_type(cls) and
                all(isinstance(arg, type) for arg in cls.__args__))

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.

        """
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next(iter(_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                else:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} is not a class."
                    )

        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = type(type.__dict__)(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### cached_property() - property result cached as instance attribute
################################################################################

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's
    __dict__ (where it shadows this non-data descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val


# partial, partialmethod and cached_property are generic in annotations (partial[int]).
partial.__class_getitem__ = classmethod(type(list[int]))
partialmethod.__class_getitem__ = classmethod(type(list[int]))
cached_property.__class_getitem__ = classmethod(type(list[int]))



def __getattr__(name):
    # 3.11's functools has `from _thread import RLock` (cached_property's lock);
    # gclab's cached_property takes no lock, and the name is threading's RLock.
    if name == 'RLock':
        from threading import RLock
        return RLock
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
