"""typing for gclab: the names programs use in annotations and as bases.

Written for gclab after CPython 3.11's Lib/typing.py, much reduced: the
special forms and generic aliases exist, subscript and print as CPython's
do (typing.List[int], typing.Optional[str], ~T); Generic and Protocol are
ordinary base classes (Generic[T] is Generic itself); no runtime type
checking is done, as in CPython.
"""

import collections as _collections


__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'Awaitable',
           'ByteString', 'Collection', 'Container', 'Dict', 'FrozenSet', 'Generator',
           'Hashable', 'Iterable', 'Iterator', 'KeysView', 'List', 'Mapping',
           'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'NamedTuple',
           'NewType', 'NoReturn', 'Reversible', 'Sequence', 'Set', 'Sized', 'TypedDict',
           'TYPE_CHECKING', 'cast', 'final', 'get_type_hints', 'no_type_check', 'overload',
           'runtime_checkable', 'AnyStr', 'Self', 'Never', 'TypeAlias', 'get_origin',
           'get_args', 'DefaultDict', 'Deque', 'Counter', 'OrderedDict', 'ChainMap']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if type(obj).__name__ == 'ellipsis':
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


class _Final:
    __slots__ = ('__weakref__',)


class _GenericAlias(_Final):
    """X[args]: what subscripting a special form or a generic alias gives."""
    __slots__ = ('_name', '__origin__', '__args__')

    def __init__(self, name, origin, args):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            params = ', '.join(_type_repr(a) for a in self.__args__[0])
            return f'typing.Callable[[{params}], {_type_repr(self.__args__[1])}]'
        args = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return f'typing.{self._name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or not callable(self.__origin__):
            raise TypeError(f'Type {self._name} cannot be instantiated')
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Final):
    __slots__ = ('_name', '_origin', '_getitem')

    def __init__(self, name, origin=None, getitem=None):
        self._name = name
        self._origin = origin
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is not None:
            return self._getitem(self, params)
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self._name, self._origin, params)

    def __call__(self, *args, **kwargs):
        if self._origin is not None and callable(self._origin):
            return self._origin(*args, **kwargs)
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


def _union_getitem(self, params):
    if params == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = type(None) if p is None else p
        if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
            parts = p.__args__
        else:
            parts = (p,)
        for q in parts:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        return _GenericAlias('Optional', Union, (other, type(None)))
    return _GenericAlias('Union', Union, tuple(flat))


def _optional_getitem(self, params):
    return Union[params, None]


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Union = _SpecialForm('Union', None, _union_getitem)
Optional = _SpecialForm('Optional', None, _optional_getitem)

List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet')
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
Callable = _SpecialForm('Callable')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
MutableSet = _SpecialForm('MutableSet')
Collection = _SpecialForm('Collection')
Container = _SpecialForm('Container')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Reversible = _SpecialForm('Reversible')
Awaitable = _SpecialForm('Awaitable')
ByteString = _SpecialForm('ByteString')
KeysView = _SpecialForm('KeysView')
MappingView = _SpecialForm('MappingView')
Deque = _SpecialForm('Deque', _collections.deque)
DefaultDict = _SpecialForm('DefaultDict', _collections.defaultdict)
OrderedDict = _SpecialForm('OrderedDict', _collections.OrderedDict)
Counter = _SpecialForm('Counter', _collections.Counter)
ChainMap = _SpecialForm('ChainMap', _collections.ChainMap)


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'); printed as ~T (+T covariant, -T contravariant)."""
    __slots__ = ('__name__', '__bound__', '__constraints__', '__covariant__', '__contravariant__')

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__bound__ = bound
        self.__constraints__ = constraints
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __typing_subst__(self, arg):
        return arg


AnyStr = TypeVar('AnyStr')


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol:
    """Base class for protocol classes (structural subtyping is not checked)."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    return cls


def final(f):
    """A decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def overload(func):
    """Decorator for overloaded functions/methods: calling the stub raises."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    return arg


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def NewType(name, tp):
    """NewType creates simple unique types with almost zero runtime overhead."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    """The unsubscripted version of a type (List[int] -> list)."""
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The type arguments of a subscripted type."""
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class (with its bases')."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple (the functional form)."""
    if fields is None:
        fields = kwargs.items()
    names = [n for n, t in fields]
    return _collections.namedtuple(typename, names)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace: at runtime it is equivalent to a plain dict."""
    return dict
