"""dataclasses for gclab, after CPython 3.11's Lib/dataclasses.py.

CPython generates __init__, __repr__, __eq__, ... as source text and exec()s
it; gclab builds the same methods as closures over the field list, with the
same names, qualified names, argument errors and results.
"""

import copy as _copy_module

try:
    from _gclab import cpython_work as _cpython_work
except ImportError:
    def _cpython_work(kind, func, *args):
        return func(*args)[0]

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# A sentinel for "no default": it prints as a plain object, as CPython's does.
class _MISSING_TYPE:
    pass
MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass
KW_ONLY = _KW_ONLY_TYPE()

# A field's metadata is a read-only view (types.MappingProxyType), one
# shared empty view for the fields that give none.
_MappingProxyType = type(type.__dict__)
_EMPTY_METADATA = _MappingProxyType({})


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            # typing objects, e.g. List[int]
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else
                         _MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELD = '_FIELD'
_FIELD_CLASSVAR = '_FIELD_CLASSVAR'
_FIELD_INITVAR = '_FIELD_INITVAR'
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def _is_classvar(a_type):
    text = a_type if isinstance(a_type, str) else repr(a_type)
    return text.startswith('typing.ClassVar') or text.startswith('ClassVar')


def _is_initvar_text(a_type):
    """A string annotation (from __future__ import annotations) naming InitVar."""
    if not isinstance(a_type, str):
        return False
    text = a_type.strip()
    return text == 'InitVar' or text.startswith('InitVar[') or text.startswith('dataclasses.InitVar')


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(a_type, InitVar) or a_type is InitVar or _is_initvar_text(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default_factory is MISSING and \
            isinstance(f.default, (list, dict, set)):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_qualname(cls, value):
    if callable(value) and hasattr(value, '__qualname__'):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    positional = [f for f in std_fields if f.init or f._field_type is _FIELD_INITVAR]
    keyword = [f for f in kw_only_fields if f.init or f._field_type is _FIELD_INITVAR]
    qualname = f'{cls.__qualname__}.__init__'

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            n = len(positional) + 1
            ndef = sum(1 for f in positional if f.default is not MISSING or f.default_factory is not MISSING)
            takes = (f'from {n - ndef} to {n} positional arguments' if ndef
                     else f'{n} positional argument{"s" if n != 1 else ""}')
            raise TypeError(f'{qualname}() takes {takes} but {len(args) + 1} were given')
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        names = [f.name for f in positional] + [f.name for f in keyword]
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{k}'")
            if k in values:
                raise TypeError(f"{qualname}() got multiple values for argument '{k}'")
            values[k] = v
        missing = [f.name for f in positional
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(f'{qualname}() missing {len(missing)} required positional argument'
                            f'{"s" if len(missing) > 1 else ""}: ' + _join_names(missing))
        kw_missing = [f.name for f in keyword
                      if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if kw_missing:
            raise TypeError(f'{qualname}() missing {len(kw_missing)} required keyword-only argument'
                            f'{"s" if len(kw_missing) > 1 else ""}: ' + _join_names(kw_missing))
        initvars = []
        for f in fields:
            if f._field_type is _FIELD_INITVAR:
                initvars.append(values.get(f.name, f.default))
                continue
            if f._field_type is not _FIELD:
                continue
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                if not f.init:
                    continue
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)
    __init__.__qualname__ = qualname
    return __init__


def _join_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + f', and {quoted[-1]}'


_repr_running = []


def _make_repr(fields):
    shown = [f for f in fields if f.repr]

    # The generated body (CPython exec()s it inside __create_fn__) ...
    def __repr__(self):
        return (f'{self.__class__.__qualname__}('
                + ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown) + ')')
    __repr__.__qualname__ = '__create_fn__.<locals>.__repr__'

    # ... wrapped by _recursive_repr: '...' for an instance already being
    # shown; __wrapped__ is how pprint recognises a generated repr.
    def wrapper(self):
        key = (id(self),)
        if key in _repr_running:
            return '...'
        _repr_running.append(key)
        try:
            result = __repr__(self)
        finally:
            _repr_running.remove(key)
        return result
    wrapper.__name__ = '__repr__'
    wrapper.__qualname__ = __repr__.__qualname__
    wrapper.__wrapped__ = __repr__
    return wrapper


def _tuple_of(self, fields):
    return tuple(getattr(self, f.name) for f in fields)


def _make_cmp(name, op, fields):
    def cmp(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple_of(self, fields), _tuple_of(other, fields))
        return NotImplemented
    cmp.__name__ = name
    return cmp


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    has_dataclass_bases = False
    any_frozen_base = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw = kw_only
    for name, a_type in cls_annotations.items():
        if a_type is KW_ONLY or (isinstance(a_type, str) and a_type.endswith('KW_ONLY')):
            kw = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    # A dataclass base and this class must agree on frozen.
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)
    all_fields = list(fields.values())
    field_list = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = [f for f in init_fields if not f.kw_only]
    kw_only_fields = [f for f in init_fields if f.kw_only]

    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(field_list))
    compare = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_cmp('__eq__', lambda a, b: a == b, compare))
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _make_cmp(name, op, compare)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        field_names = tuple(f.name for f in fields.values() if f._field_type is _FIELD)
        for name, fn in _frozen_get_del_attr(cls, field_names):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    # __hash__, as the table in CPython's dataclasses decides it.
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _set_qualname(cls, _make_hash(hash_fields))
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _set_qualname(cls, _make_hash(hash_fields))
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + '(' + ', '.join(f.name for f in init_fields) + ')'
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_fields))
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _frozen_get_del_attr(cls, field_names):
    # The class they test is the one being processed, held by their own cells
    # (CPython binds it through _create_fn's locals): with slots=True that is
    # the original class, which these functions keep alive.
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return (('__setattr__', __setattr__), ('__delattr__', __delattr__))


def _make_hash(fields):
    def __hash__(self):
        return hash(_tuple_of(self, fields))
    return __hash__


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    slots = tuple(n for n in field_names if n not in inherited)
    if weakref_slot and '__weakref__' not in inherited:
        slots += ('__weakref__',)
    cls_dict['__slots__'] = slots
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def _process_class_costed(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    # CPython's decorator exec()s generated source and computes __doc__ from
    # inspect.signature(): its allocations are replayed from measurements
    # (_cpython_work; docs/gc.md 3.1), by the number of fields and the
    # options that differ from the defaults (unmeasured ones: init=False).
    documented = bool(cls.__dict__.get('__doc__'))
    result = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                            match_args, kw_only, slots, weakref_slot)
    options = [name for name, changed in (
        ('noRepr', not repr), ('noEq', not eq), ('order', order), ('frozen', frozen),
        ('unsafeHash', unsafe_hash), ('slots', slots), ('kwOnly', kw_only),
        ('noMatchArgs', not match_args), ('noInit', not init), ('weakrefSlot', weakref_slot),
        ('doc', documented)) if changed]
    fields = getattr(result, _FIELDS).values()
    options += ['default' for f in fields if f.default is not MISSING or f.default_factory is not MISSING]
    return result, len(fields), tuple(options)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _cpython_work('dataclass', _process_class_costed, cls, init, repr, eq, order,
                             unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return _copy_module.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return _copy_module.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Return a new dynamically created dataclass."""
    namespace = {} if namespace is None else namespace.copy()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **kwargs)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 f'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


Field.__class_getitem__ = classmethod(type(list[int]))
