"""_contextvars for gclab: context variables, as CPython 3.11's C module
(Python/context.c) has them; contextvars.py re-exports this module.

A Context maps ContextVars to values. CPython keeps the mapping in an
immutable HAMT: ContextVar.set() makes a new mapping and the context lets
go of the old one, so the value a set() replaces is released then unless
its Token (old_value) or a copied context still holds it. Here the mapping
is a dict that is never changed once a context holds it (set() and
reset() build a new one), which keeps those lifetimes; copy() and
copy_context() share it, as they share the HAMT.

The thread state's current context (ts->context) is `_current`: None until
a ContextVar.set() or copy_context() needs one (context_get makes an empty
one then). Context.run() enters a context: it becomes the current one, the
previous one is kept in ctx_prev until run() returns. gclab runs one thread
at a time; a thread's run() starts in a new empty context, as a new thread
state does (threading.py).

Differences (docs/scenarios.md): a ContextVar without a default is tracked
by the collector (CPython leaves it untracked); a context's mapping is one
dict where CPython has HAMT nodes, so gc.get_count() moves by one per set()
where CPython's moves by two; iteration is in insertion order (CPython's
follows hashes randomized per process).
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

GenericAlias = type(list[int])

_current = None

try:
    from _gclab import untrack as _untrack
except ImportError:
    _untrack = None


def _may_be_tracked(obj):
    """_PyObject_GC_MAY_BE_TRACKED: a GC type's object (a tuple only while tracked)."""
    if type(obj) is tuple:
        import gc
        return gc.is_tracked(obj)
    return not isinstance(obj, (int, float, complex, str, bytes, type(None)))


def _context_get():
    """context_get: the current context, made empty on first use."""
    global _current
    if _current is None:
        _current = Context()
    return _current


def _address(obj):
    return '0x%x' % id(obj)


class Context:
    # context_tp_clear releases ctx_prev, then ctx_vars.
    __slots__ = ('_1prev', '_2vars', '_entered', '__weakref__')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = object.__new__(cls)
        self._1prev = None
        self._2vars = {}
        self._entered = False
        return self

    __hash__ = None

    def run(*args, **kwargs):
        if len(args) < 2:
            if not args:
                raise TypeError('unbound method Context.run() needs an argument')
            raise TypeError('run() missing 1 required positional argument')
        self = args[0]
        # _PyContext_Enter / _PyContext_Exit around the call.
        global _current
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        self._1prev = _current
        self._entered = True
        _current = self
        try:
            return args[1](*args[2:], **kwargs)
        finally:
            _current = self._1prev
            self._1prev = None
            self._entered = False

    def copy(self):
        ctx = object.__new__(Context)
        ctx._1prev = None
        ctx._2vars = self._2vars
        ctx._entered = False
        return ctx

    def _key(self, var):
        if type(var) is not ContextVar:
            raise TypeError('a ContextVar key was expected, got %r' % (var,))

    def __getitem__(self, var):
        self._key(var)
        try:
            return self._2vars[var]
        except KeyError:
            pass
        raise KeyError(var)

    def __contains__(self, var):
        self._key(var)
        return var in self._2vars

    def __len__(self):
        return len(self._2vars)

    def __iter__(self):
        return _iterator(_keys, iter(self._2vars))

    def get(*args):
        if len(args) < 2:
            raise TypeError('get expected at least 1 argument, got %d' % (len(args) - 1))
        if len(args) > 3:
            raise TypeError('get expected at most 2 arguments, got %d' % (len(args) - 1))
        self, var = args[0], args[1]
        self._key(var)
        try:
            return self._2vars[var]
        except KeyError:
            pass
        return args[2] if len(args) == 3 else None

    def keys(self):
        return _iterator(_keys, iter(self._2vars))

    def values(self):
        return _iterator(_values, iter(self._2vars.values()))

    def items(self):
        return _iterator(_items, iter(self._2vars.items()))

    def __eq__(self, other):
        if type(other) is not Context:
            return NotImplemented
        return self._2vars == other._2vars

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_contextvars.Context' object")

    def __repr__(self):
        return '<_contextvars.Context object at %s>' % _address(self)


Context.__module__ = '_contextvars'


class _HamtIterator:
    """The iterators of a context (hamt.c's keys, values and items types):
    they hold the mapping, not the context."""

    __slots__ = ('_it',)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % cls.__name__)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __repr__(self):
        return '<%s object at %s>' % (type(self).__name__, _address(self))


class _keys(_HamtIterator):
    __slots__ = ()


class _values(_HamtIterator):
    __slots__ = ()


class _items(_HamtIterator):
    __slots__ = ()


for _cls in (_keys, _values, _items):
    _cls.__name__ = _cls.__qualname__ = _cls.__name__[1:]
    _cls.__module__ = 'builtins'
del _cls


def _iterator(cls, it):
    self = object.__new__(cls)
    self._it = it
    return self


class ContextVar:
    # contextvar_tp_clear releases var_name, then var_default.
    __slots__ = ('_1name', '_2default')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    def __new__(cls, *args, **kwargs):
        # PyArg_ParseTupleAndKeywords(args, kwds, "O|$O:ContextVar", {"", "default"}).
        if len(args) + len(kwargs) > 2:
            raise TypeError('ContextVar() takes at most 2 arguments (%d given)'
                            % (len(args) + len(kwargs)))
        if len(args) > 1:
            raise TypeError('ContextVar() takes at most 1 positional argument (%d given)'
                            % len(args))
        if not args:
            raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
        for key in kwargs:
            if key != 'default':
                raise TypeError("'%s' is an invalid keyword argument for ContextVar()" % key)
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self = object.__new__(cls)
        object.__setattr__(self, '_1name', name)
        if 'default' in kwargs:
            default = kwargs['default']
            object.__setattr__(self, '_2default', default)
            if _untrack is not None and not _may_be_tracked(default):
                _untrack(self)
        elif _untrack is not None:
            # contextvar_new tracks the variable only when its default may be in a cycle.
            _untrack(self)
        return self

    __class_getitem__ = classmethod(GenericAlias)

    @property
    def name(self):
        return self._1name

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError('readonly attribute')
        raise AttributeError("'_contextvars.ContextVar' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def get(*args, **kwargs):
        """Return a value for the context variable for the current context.

If there is no value for the variable in the current context, the method will:
 * return the value of the default argument of the method, if provided; or
 * return the default value for the context variable, if it was created
   with one; or
 * raise a LookupError."""
        if kwargs:
            raise TypeError('ContextVar.get() takes no keyword arguments')
        if len(args) > 2:
            raise TypeError('get expected at most 1 argument, got %d' % (len(args) - 1))
        self = args[0]
        # contextvar_get / PyContextVar_Get: no context is made here.
        if _current is not None:
            try:
                return _current._2vars[self]
            except KeyError:
                pass
        if len(args) == 2:
            return args[1]
        try:
            return self._2default
        except AttributeError:
            pass
        raise LookupError(self)

    def set(*args, **kwargs):
        """Call to set a new value for the context variable in the current context.

The required value argument is the new value for the context variable.

Returns a Token object that can be used to restore the variable to its previous
value via the `ContextVar.reset()` method."""
        if kwargs:
            raise TypeError('ContextVar.set() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('ContextVar.set() takes exactly one argument (%d given)' % (len(args) - 1))
        self, value = args
        ctx = _context_get()
        vars = ctx._2vars
        old = vars.get(self, Token.MISSING)
        tok = object.__new__(Token)
        object.__setattr__(tok, '_1ctx', ctx)
        object.__setattr__(tok, '_2var', self)
        object.__setattr__(tok, '_3old', old)
        object.__setattr__(tok, '_used', False)
        del old
        self._assign(ctx, value)
        return tok

    def _assign(self, ctx, value):
        # contextvar_set: a new mapping with the variable bound replaces the
        # context's (Py_SETREF releases the old one).
        new = dict(ctx._2vars)
        new[self] = value
        ctx._2vars = new

    def reset(*args, **kwargs):
        """Reset the context variable.

The variable is reset to the value it had before the `ContextVar.set()` that
created the token was used."""
        if kwargs:
            raise TypeError('ContextVar.reset() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('ContextVar.reset() takes exactly one argument (%d given)' % (len(args) - 1))
        self, tok = args
        if type(tok) is not Token:
            raise TypeError('expected an instance of Token, got %r' % (tok,))
        if tok._used:
            raise RuntimeError('%r has already been used once' % (tok,))
        if self is not tok._2var:
            raise ValueError('%r was created by a different ContextVar' % (tok,))
        ctx = _context_get()
        if ctx is not tok._1ctx:
            raise ValueError('%r was created in a different Context' % (tok,))
        object.__setattr__(tok, '_used', True)
        old = tok._3old
        if old is Token.MISSING:
            # contextvar_del
            if self not in ctx._2vars:
                raise LookupError(self)
            new = dict(ctx._2vars)
            del new[self]
            ctx._2vars = new
        else:
            self._assign(ctx, old)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_contextvars.ContextVar' object")

    def __repr__(self):
        try:
            default = ' default=%r' % (self._2default,)
        except AttributeError:
            default = ''
        return '<ContextVar name=%r%s at %s>' % (self._1name, default, _address(self))


ContextVar.__module__ = '_contextvars'


class _Missing:
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'Token.MISSING' is not an acceptable base type")

    def __repr__(self):
        return '<Token.MISSING>'

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'Token.MISSING' object")


_Missing.__name__ = _Missing.__qualname__ = 'MISSING'
_Missing.__module__ = 'Token'


class Token:
    # token_tp_clear releases tok_ctx, tok_var, tok_oldval in that order.
    __slots__ = ('_1ctx', '_2var', '_3old', '_used')

    MISSING = object.__new__(_Missing)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    __class_getitem__ = classmethod(GenericAlias)

    @property
    def var(self):
        return self._2var

    @property
    def old_value(self):
        return self._3old

    def __setattr__(self, name, value):
        if name in ('var', 'old_value'):
            raise AttributeError("attribute '%s' of '_contextvars.Token' objects is not writable" % name)
        raise AttributeError("'_contextvars.Token' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_contextvars.Token' object")

    def __repr__(self):
        return '<Token%s var=%r at %s>' % (' used' if self._used else '', self._2var, _address(self))


Token.__module__ = '_contextvars'


def copy_context(*args, **kwargs):
    if kwargs:
        raise TypeError('_contextvars.copy_context() takes no keyword arguments')
    if args:
        raise TypeError('_contextvars.copy_context() takes no arguments (%d given)' % len(args))
    return _context_get().copy()


def _enter_new_thread():
    """A new thread state's context: none until one is needed. Returns the
    context to give back when the thread ends (threading.py)."""
    global _current
    saved = _current
    _current = None
    return saved


def _leave_thread(saved):
    global _current
    _current = saved
