"""_operator for gclab: the standard operators as functions.

Written for gclab after CPython 3.11's Modules/_operator.c, which
operator.py re-exports (`from _operator import *`): its functions are
builtin functions (c-functions.ts), whose __module__ is '_operator', and
its getter types are operator.itemgetter, operator.attrgetter and
operator.methodcaller.
"""
__doc__ = """Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience."""

from builtins import abs as _abs


def lt(a, b):
    "Same as a < b."
    return a < b

def le(a, b):
    "Same as a <= b."
    return a <= b

def eq(a, b):
    "Same as a == b."
    return a == b

def ne(a, b):
    "Same as a != b."
    return a != b

def ge(a, b):
    "Same as a >= b."
    return a >= b

def gt(a, b):
    "Same as a > b."
    return a > b

def not_(a):
    "Same as not a."
    return not a

def truth(a):
    "Return True if a is true, False otherwise."
    return True if a else False

def is_(a, b):
    "Same as a is b."
    return a is b

def is_not(a, b):
    "Same as a is not b."
    return a is not b

def abs(a):
    "Same as abs(a)."
    return _abs(a)

def add(a, b):
    "Same as a + b."
    return a + b

def and_(a, b):
    "Same as a & b."
    return a & b

def floordiv(a, b):
    "Same as a // b."
    return a // b

def index(a):
    "Same as a.__index__()."
    # PyNumber_Index: the type's __index__, and an int result.
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__)
    result = method(a)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)"
                        % type(result).__name__)
    return result

def inv(a):
    "Same as ~a."
    return ~a
invert = inv

def lshift(a, b):
    "Same as a << b."
    return a << b

def mod(a, b):
    "Same as a % b."
    return a % b

def matmul(a, b):
    "Same as a @ b."
    return a @ b

def mul(a, b):
    "Same as a * b."
    return a * b

def neg(a):
    "Same as -a."
    return -a

def or_(a, b):
    "Same as a | b."
    return a | b

def pos(a):
    "Same as +a."
    return +a

def pow(a, b):
    "Same as a ** b."
    return a ** b

def rshift(a, b):
    "Same as a >> b."
    return a >> b

def sub(a, b):
    "Same as a - b."
    return a - b

def truediv(a, b):
    "Same as a / b."
    return a / b

def xor(a, b):
    "Same as a ^ b."
    return a ^ b

def concat(a, b):
    "Same as a + b, for a and b sequences."
    if not hasattr(a, '__getitem__'):
        msg = "'%s' object can't be concatenated" % type(a).__name__
        raise TypeError(msg)
    return a + b

def contains(a, b):
    "Same as b in a (note reversed operands)."
    return b in a

def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for i in a:
        if i is b or i == b:
            count += 1
    return count

def delitem(a, b):
    "Same as del a[b]."
    del a[b]

def getitem(a, b):
    "Same as a[b]."
    return a[b]

def indexOf(a, b):
    "Return the first index of b in a."
    for i, j in enumerate(a):
        if j is b or j == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c):
    "Same as a[b] = c."
    a[b] = c

def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj."""
    if not isinstance(default, int):
        msg = ("'%s' object cannot be interpreted as an integer" %
               type(default).__name__)
        raise TypeError(msg)
    try:
        return len(obj)
    except TypeError:
        pass
    # _operator.length_hint returns a Py_ssize_t: the default as a plain int.
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return int(default)
    try:
        val = hint(obj)
    except TypeError:
        # PyObject_LengthHint: a TypeError out of __length_hint__ means "no hint".
        return int(default)
    if val is NotImplemented:
        return int(default)
    if not isinstance(val, int):
        msg = ('__length_hint__ must be an integer, not %s' % type(val).__name__)
        raise TypeError(msg)
    if val < 0:
        msg = '__length_hint__() should return >= 0'
        raise ValueError(msg)
    if val > 9223372036854775807:
        # PyLong_AsSsize_t of the hint.
        raise OverflowError('Python int too large to convert to C ssize_t')
    return val

def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its
    operand (dotted names allowed)."""
    # attrgetter_new: one tuple of the names (a dotted name as a tuple of its
    # parts), made before the object; the object holds nothing else.
    __slots__ = ('_attr', '_nattrs')

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if len(attrs) == 0:
            raise TypeError('attrgetter expected 1 argument, got 0')
        names = []
        for name in attrs:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
            names.append(tuple(name.split('.')) if '.' in name else name)
        self._attr = tuple(names)
        self._nattrs = len(attrs)

    def __call__(self, obj):
        if self._nattrs == 1:
            return self._dotted_getattr(obj, self._attr[0])
        return tuple([self._dotted_getattr(obj, name) for name in self._attr])

    # dotted_getattr, a C helper of attrgetter's (not a name of the module).
    @staticmethod
    def _dotted_getattr(obj, name):
        if isinstance(name, str):
            return getattr(obj, name)
        for part in name:
            obj = getattr(obj, part)
        return obj

    def __reduce__(self):
        # attrgetter_reduce: the class and the names, dotted again.
        return self.__class__, tuple([n if isinstance(n, str) else '.'.join(n) for n in self._attr])

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__,
                              self.__class__.__qualname__,
                              ', '.join([repr(n if isinstance(n, str) else '.'.join(n)) for n in self._attr]))


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand."""
    # itemgetter_new: the object holds the item itself, or the call's argument
    # tuple when there are several.
    __slots__ = ('_item', '_nitems')

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if len(items) == 0:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._item = items[0] if len(items) == 1 else items
        self._nitems = len(items)

    def __call__(self, obj):
        if self._nitems == 1:
            return obj[self._item]
        return tuple([obj[i] for i in self._item])

    def __repr__(self):
        if self._nitems == 1:
            return '%s.%s(%r)' % (self.__class__.__module__, self.__class__.__name__, self._item)
        return '%s.%s%r' % (self.__class__.__module__, self.__class__.__name__, self._item)

    def __reduce__(self):
        # itemgetter_reduce: the class and the items.
        if self._nitems == 1:
            return self.__class__, (self._item,)
        return self.__class__, self._item


class methodcaller:
    """Return a callable object that calls the given method on its operand."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name, *args = args
        args = tuple(args)
        self._name = name
        if not isinstance(self._name, str):
            raise TypeError('method name must be a string')
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return '%s.%s(%s)' % (self.__class__.__module__,
                              self.__class__.__name__,
                              ', '.join(args))

    def __reduce__(self):
        # methodcaller_reduce: keyword arguments go through a partial of the class.
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


# In-place operations.

def iadd(a, b):
    "Same as a += b."
    a += b
    return a

def iand(a, b):
    "Same as a &= b."
    a &= b
    return a

def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    if not hasattr(a, '__getitem__'):
        msg = "'%s' object can't be concatenated" % type(a).__name__
        raise TypeError(msg)
    a += b
    return a

def ifloordiv(a, b):
    "Same as a //= b."
    a //= b
    return a

def ilshift(a, b):
    "Same as a <<= b."
    a <<= b
    return a

def imod(a, b):
    "Same as a %= b."
    a %= b
    return a

def imatmul(a, b):
    "Same as a @= b."
    a @= b
    return a

def imul(a, b):
    "Same as a *= b."
    a *= b
    return a

def ior(a, b):
    "Same as a |= b."
    a |= b
    return a

def ipow(a, b):
    "Same as a **= b."
    a **= b
    return a

def irshift(a, b):
    "Same as a >>= b."
    a >>= b
    return a

def isub(a, b):
    "Same as a -= b."
    a -= b
    return a

def itruediv(a, b):
    "Same as a /= b."
    a /= b
    return a

def ixor(a, b):
    "Same as a ^= b."
    a ^= b
    return a


