"""Generic (shallow and deep) copying operations, written for gclab.

After CPython 3.11's Lib/copy.py: copy(x) and deepcopy(x, memo) with the
same dispatch order -- a per-type copier, __copy__/__deepcopy__, then the
instance's class and state (what object.__reduce_ex__(4) describes: a new
object of the same class, its __dict__ and slot values copied in), or, when
a class below object defines __reduce_ex__ or __reduce__, what that returns
(CPython's _reconstruct of the reduce value). deepcopy
keeps every original it copied alive in the memo (memo[id(memo)]) until
the outermost call returns, as CPython's _keep_alive does.
"""

import builtins as _builtins
import weakref
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]

# Immutable builtin types the interpreter may or may not have.
_more_atomic = tuple(getattr(_builtins, n) for n in ('frozenset', 'bytes', 'complex')
                     if hasattr(_builtins, n)) + (type(...),)


class Error(Exception):
    pass
error = Error   # backward compatibility


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    _check_reducible(x, cls, "shallow")
    rv = _own_reduce(x)
    if rv is None:
        return _reconstruct(x, None)
    if isinstance(rv, str):
        return x
    return _reconstruct_reduced(x, None, *rv)


_copy_dispatch = d = {}

def _copy_immutable(x):
    return x
for t in (type(None), int, float, bool, str, tuple, type, range, slice,
          property, type(len), type(NotImplemented), type(lambda: None)):
    d[t] = _copy_immutable
for t in _more_atomic:
    d[t] = _copy_immutable
d[weakref.ref] = _copy_immutable
d[type(_copy_immutable.__code__)] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                _check_reducible(x, cls, "deep")
                rv = _own_reduce(x)
                if rv is None:
                    y = _reconstruct(x, memo)
                elif isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct_reduced(x, memo, *rv)
    # If x is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo) # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}

def _deepcopy_atomic(x, memo):
    return x
# CPython's list: a frozenset or a tuple is copied through its items.
for t in (type(None), type(...), type(NotImplemented), int, float, bool,
          complex, bytes, str, type(_deepcopy_atomic.__code__), type, range,
          type(len), type(lambda: None), weakref.ref, property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # The tuple may have been copied already through a reference cycle.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y
d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for item in x:
        y.add(deepcopy(item, memo))
    return y
d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    # frozenset.__reduce_ex__(4) is (frozenset, (list(x),)): the items are
    # deep-copied as a list, then a new frozenset is made from them.
    y = frozenset(deepcopy(list(x), memo))
    memo[id(x)] = y
    return y
d[frozenset] = _deepcopy_frozenset
d[bytearray] = lambda x, memo: bytearray(x)


def _deepcopy_slice(x, memo):
    # slice.__reduce__ is (slice, (start, stop, step)): the bounds are
    # deep-copied, then a new slice is made from them.
    return _reconstruct_reduced(x, memo, slice, (x.start, x.stop, x.step))
d[slice] = _deepcopy_slice


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))
# types.MethodType, without a class left behind as garbage.
d[type(_deepcopy_method.__get__(0))] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    """Keep a reference to x in the memo, so its id is not reused while the
    copy runs (memo[id(memo)] is a list of the originals)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)]=[x]


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _reduce_target(x):
    """The object whose __reduce_ex__ copy() calls: a weakref proxy forwards
    the lookup to its referent, so copying a proxy copies the referent; a
    super object bound to an instance finds the instance's __reduce_ex__
    (super_getattro), so copy.copy(super(B, b)) copies b, and pickle then
    finds args[0] is not the super object's class."""
    if type(x) in weakref.ProxyTypes:
        return x.__reduce_ex__.__self__
    if type(x) is super and x.__self__ is not None and not isinstance(x.__self__, type):
        return x.__reduce_ex__.__self__
    return x


def _is_heap_type(cls):
    """Py_TPFLAGS_HEAPTYPE: copyreg's test (gclab's types have no __flags__)."""
    import copyreg
    test = getattr(copyreg, '_is_heap_type', None)
    if test is None:
        return bool(cls.__flags__ & (1 << 9))
    return test(cls)


def _tp_name(cls):
    """The type's tp_name, which CPython's pickling errors show: a class
    statement's is its __name__; a builtin's is __qualname__, prefixed by
    its module unless that is builtins ('weakref.ReferenceType')."""
    if _is_heap_type(cls):
        return cls.__name__
    module = getattr(cls, '__module__', 'builtins')
    if module == 'builtins':
        return cls.__qualname__
    return '%s.%s' % (module, cls.__qualname__)


# The builtin types with tp_itemsize != 0 that reach object's
# __getstate__ (no __reduce__ or __getnewargs__ of their own).
_VARIABLE_SIZE = (memoryview, type(_tp_name.__code__))


def _check_default_state(x, cls, hasargs):
    """reduce_newobj and object_getstate_default (CPython 3.11): an object
    rebuilt from no arguments, not a list or dict, whose class keeps
    object's __getstate__, must have nothing but a __dict__, a __weakref__
    and __slots__: an instance of a builtin type with C fields of its own
    (a weakref, a property, a module, a frame, a generator, ...), or of a
    class statement's subclass of one, cannot be pickled or copied."""
    if hasargs or isinstance(x, (list, dict)):
        return
    if any('__getstate__' in vars(c) for c in cls.__mro__ if c is not object):
        return
    if issubclass(cls, _VARIABLE_SIZE):
        raise TypeError("cannot pickle %.200s objects" % _tp_name(cls))
    for c in cls.__mro__:
        if c is object:
            return
        if not _is_heap_type(c):
            raise TypeError("cannot pickle '%.200s' object" % _tp_name(cls))


def _newobj_args(x, cls):
    """reduce_newobj's _PyObject_GetNewArguments: (args, kwargs) from the
    class's __getnewargs_ex__ or __getnewargs__ (int, float, str, tuple and
    bytes define the latter, so a subclass of them is rebuilt from its
    value), or (None, None) when the class has neither."""
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex(x)
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%.200s'"
                            % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%.200s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%.200s'"
                            % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(x)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%.200s'"
                            % type(args).__name__)
        return args, None
    return None, None


def _reconstruct(x, memo):
    """A new object of x's class with x's state and items: what
    object.__reduce_ex__(4) describes (reduce_newobj: cls.__new__(cls,
    *args) with the __getnewargs_ex__/__getnewargs__ arguments, then
    __setstate__ or the __dict__ and slots, then a list's items appended or
    a dict's items set), rebuilt in CPython's copy._reconstruct order."""
    deep = memo is not None
    original = x
    x = _reduce_target(x)
    cls = type(x)
    args, kwargs = _newobj_args(x, cls)
    if args is None and isinstance(x, (set, frozenset)):
        # set_reduce: (type(self), (list(self),), state): the class is
        # called with the items, then the __dict__ is restored.
        state = getattr(x, '__dict__', None) or None
        return _reconstruct_reduced(original, memo, cls, (list(x),), state)
    _check_default_state(x, cls, args is not None)
    if args is None:
        try:
            y = cls.__new__(cls)
        except TypeError:
            # reduce_newobj: a builtin type without tp_new (an iterator
            # type without __reduce__) cannot be pickled (or copied);
            # object.__new__ refuses it as "not safe".
            if cls.__new__ is object.__new__ and getattr(cls, '__module__', None) == 'builtins':
                raise TypeError("cannot pickle '%.200s' object" % cls.__name__) from None
            raise
    else:
        if deep and args:
            args = deepcopy(args, memo)
        if kwargs:
            if deep:
                kwargs = deepcopy(kwargs, memo)
            y = cls.__new__(cls, *args, **kwargs)
        else:
            y = cls.__new__(cls, *args)
    if deep:
        memo[id(original)] = y
    if any('__getstate__' in vars(c) for c in cls.__mro__ if c is not object):
        state = x.__getstate__()
    else:
        state = getattr(x, '__dict__', None) or None
        if state is not None:
            state = {k: v for k, v in state.items()}
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if any('__setstate__' in vars(c) for c in cls.__mro__ if c is not object):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if isinstance(x, list):
        for item in x:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _check_reducible(x, cls, kind):
    """CPython's copy looks __reduce_ex__, then __reduce__, up on the object
    (its __getattribute__ may hide them) unless copyreg has a reducer."""
    if cls in dispatch_table:
        return
    if getattr(x, "__reduce_ex__", None) is not None:
        return
    if getattr(x, "__reduce__", None):
        return
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


def _defined_below_object(cls, name):
    """Does a class of cls's MRO other than object define `name` first?"""
    for c in cls.__mro__:
        if name in vars(c):
            return c is not object
    return False


def _own_reduce(x):
    """x's own reduce value: a reducer copyreg.pickle registered for its
    class, else, as object.__reduce_ex__(4) would call it, a
    __reduce_ex__ (called with 4) or __reduce__ that a class below object
    defines; None when only object's would answer (then _reconstruct's
    recipe is object's)."""
    x = _reduce_target(x)
    cls = type(x)
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if _defined_below_object(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _defined_below_object(cls, '__reduce__'):
        return x.__reduce__()
    return None


def _reconstruct_reduced(x, memo, func, args,
                         state=None, listiter=None, dictiter=None,
                         *, deepcopy=deepcopy):
    """CPython's copy._reconstruct of a reduce value."""
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
