"""enum for gclab: Enum, IntEnum, Flag, IntFlag, auto, unique, verify.

Written for gclab after CPython 3.11's Lib/enum.py, reduced: EnumType
collects the members from the class body (in order), makes one instance
per member (aliases share it), and gives the class iteration, len(),
lookup by value (Color(1)) and by name (Color['RED']). Members print as
3.11's do (<Color.RED: 1>, Color.RED).
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique',
           'StrEnum', 'ReprEnum', 'property', 'verify', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE']

from types import DynamicClassAttribute


class property(DynamicClassAttribute):
    """The descriptor of a member attribute (name, value, a member's own
    property): on the class it finds the member of that name, and assigning
    or deleting it without a setter is refused with the enum's name
    (3.11's enum.property)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__



class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = None

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _bin(num, max_bits=None):
    """enum.bin: two's complement with a sign group, padded to max_bits."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _is_single_bit(num):
    """Is exactly one bit of num set? (A Flag iterates only those members.)"""
    if not isinstance(num, int) or num == 0:
        return False
    return num & (num - 1) == 0


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return name.startswith(pattern)


def _is_descriptor(obj):
    return (isinstance(obj, (classmethod, staticmethod, property, type(_is_dunder))) or
            hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


class _EnumDict(dict):
    """The class body's namespace (EnumType.__prepare__): an auto() gets its
    value when it is assigned, so later lines of the body (WHITE = RED |
    BLUE) see the values, as 3.11's _EnumDict.__setitem__ does."""

    def __init__(self, flag, generate=None):
        super().__init__()
        self._flag = flag
        self._last_values = []
        self._member_count = 0
        self._generate_next_value = generate
        self._member_names = {}
        self._ignore = []

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            # A class body may give its own (3.11: before any member).
            self._generate_next_value = getattr(value, '__func__', value)
        elif key == '_ignore_':
            self._ignore = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
        elif _is_dunder(key) or _is_sunder(key) or key in self._ignore:
            pass
        elif key in self._member_names:
            # A member name given again (as a member or a descriptor).
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif not _is_descriptor(value):
            if key in self:
                # A member overwriting a descriptor (a method) of the body.
                raise TypeError('%r already defined as %r' % (key, self[key]))
            self._member_names[key] = None
            if isinstance(value, auto):
                if value.value is None:
                    gen = self._generate_next_value
                    if gen is None:
                        value.value = EnumType._next_value(self._flag, self._last_values)
                    else:
                        value.value = gen(key, 1, self._member_count, self._last_values[:])
                value = value.value
            self._last_values.append(value)
            self._member_count += 1
        super().__setitem__(key, value)


def _own_attrs(cls):
    """The names the class and its bases define below Enum and Flag."""
    names = set()
    for c in cls.__mro__:
        if c.__module__ == __name__:
            break
        names.update(c.__dict__)
    return names


def _add_member(enum_class, name, member):
    """Make `name` (a member or an alias) an attribute of the class, then
    record it in _member_map_, as 3.11's _proto_member.__set_name__: the
    class's __dict__ holds the member, or, when a base defines the name as
    a property (a member called `name` or `value`), an enum property that
    redirects class access to the member and keeps the base's accessors."""
    found_descriptor = None
    for base in enum_class.__mro__[1:]:
        descriptor = base.__dict__.get(name)
        if descriptor is not None:
            if isinstance(descriptor, (property, DynamicClassAttribute)):
                found_descriptor = descriptor
                break
            elif (hasattr(descriptor, 'fget') and hasattr(descriptor, 'fset')
                  and hasattr(descriptor, 'fdel')):
                found_descriptor = descriptor
                continue
    if found_descriptor:
        redirect = property()
        redirect.member = member
        redirect.__set_name__(enum_class, name)
        redirect.fget = found_descriptor.fget
        redirect.fset = found_descriptor.fset
        redirect.fdel = found_descriptor.fdel
        type.__setattr__(enum_class, name, redirect)
    else:
        type.__setattr__(enum_class, name, member)
    enum_class._member_map_[name] = member


def _member_new(enum_class):
    """The __new__ that makes the members (EnumType._find_new_): one that the
    enum class or an enum base defines (as __new_member__ or __new__), not
    Enum's, object's or the data type's; None to use the data type's."""
    for c in enum_class.__mro__:
        if c is object or c is int or c is str or c is float or c.__name__ in ('Enum', 'ReprEnum', 'IntEnum', 'Flag', 'IntFlag'):
            continue
        for method in ('__new_member__', '__new__'):
            target = c.__dict__.get(method)
            if target is not None:
                target = target.__func__ if isinstance(target, staticmethod) else target
                # An enum base's __new__ is Enum.__new__ once its class exists.
                if target is not getattr(globals().get('Enum'), '__new__', None):
                    return target
    return None


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        # The bases' _generate_next_value_ (StrEnum's, or a mixin's), if any.
        generate = None
        for b in bases:
            for c in b.__mro__:
                if '_generate_next_value_' in c.__dict__:
                    generate = c.__dict__['_generate_next_value_']
                    generate = getattr(generate, '__func__', generate)
                    break
            if generate is not None:
                break
        return _EnumDict(any(getattr(b, '_is_flag_', False) for b in bases), generate)

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        member_values = {}
        last_values = []
        flag = any(getattr(b, '_is_flag_', False) for b in bases)
        # _ignore_: names the body used that are neither members nor attributes.
        ignore = getattr(classdict, '_ignore', None)
        if ignore is None:
            ignore = classdict.get('_ignore_', [])
            ignore = ignore.replace(',', ' ').split() if isinstance(ignore, str) else list(ignore)
        if '_ignore_' in classdict:
            for key in list(ignore) + ['_ignore_']:
                dict.pop(classdict, key, None)
        for key in list(classdict.keys()):
            value = classdict[key]
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            if isinstance(value, auto):
                if value.value is None:
                    value.value = metacls._next_value(flag, last_values)
                value = value.value
            member_names.append(key)
            member_values[key] = value
            last_values.append(value)
        for key in member_names:
            del classdict[key]
        for b in bases:
            # _check_for_existing_members_: an enum with members is final.
            for c in b.__mro__:
                if isinstance(c, EnumType) and c.__dict__.get('_member_names_'):
                    raise TypeError('<enum %r> cannot extend %r' % (cls, c))
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        repr_enum = globals().get('ReprEnum')
        if repr_enum is not None and repr_enum in bases:
            # ReprEnum: str() and format() are the data type's own.
            member_type = next((c for b in bases for c in b.__mro__ if c in (int, str, float)),
                               classdict.get('_member_type_', object))
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            # Recorded in classdict too, so that the repr-and-friends pass
            # below leaves them (EnumType.__new__).
            if '__format__' not in classdict:
                enum_class.__format__ = member_type.__format__
                classdict['__format__'] = enum_class.__format__
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                enum_class.__str__ = method
                classdict['__str__'] = enum_class.__str__
        enum_class._value2member_map_ = {}
        # 3.11.7's house-keeping list for unhashable values (EnumType.__new__):
        # one more tracked list per enum class, as gc.collect() counts.
        enum_class._unhashable_values_ = []
        base_type = None
        for b in bases:
            for c in b.__mro__:
                if c in (int, str, float):
                    base_type = c
                    break
        inherited = [b._member_type_ for b in bases if getattr(b, '_member_type_', object) is not object]
        enum_class._member_type_ = (base_type or classdict.get('_member_type_')
                                    or (inherited[0] if inherited else object))
        for name in member_names:
            value = member_values[name]
            canonical = enum_class._value2member_map_.get(value)
            if canonical is not None:
                _add_member(enum_class, name, canonical)
                continue
            # A tuple value gives the arguments of the member's __new__/__init__.
            args = value if isinstance(value, tuple) else (value,)
            new = _member_new(enum_class)
            if new is not None:
                # _find_new_: a __new__ of the enum class or an enum base
                # (StrEnum's) makes the member and may set _value_ itself.
                member = new(enum_class, *args)
                if not hasattr(member, '_value_'):
                    if enum_class._member_type_ is object:
                        member._value_ = value
                    else:
                        try:
                            member._value_ = enum_class._member_type_(*args)
                        except Exception as exc:
                            new_exc = TypeError('_value_ not set in __new__, unable to create it')
                            new_exc.__cause__ = exc
                            raise new_exc
                value = member._value_
                canonical = enum_class._value2member_map_.get(value)
                if canonical is not None:
                    _add_member(enum_class, name, canonical)
                    continue
            elif base_type is not None and issubclass(enum_class, base_type):
                member = base_type.__new__(enum_class, *args)
                # The data type's __new__ sets no _value_: it is member_type(*args).
                if type(value) is not base_type:
                    value = base_type(*args)
                    canonical = enum_class._value2member_map_.get(value)
                    if canonical is not None:
                        _add_member(enum_class, name, canonical)
                        continue
                member._value_ = value
            else:
                member = object.__new__(enum_class)
                member._value_ = value
            member._name_ = name
            member.__init__(*args)
            # A Flag's multi-bit members are not iterated (3.11: only canonical ones are).
            if not flag or _is_single_bit(value):
                enum_class._member_names_.append(name)
            _add_member(enum_class, name, member)
            try:
                enum_class._value2member_map_[value] = member
            except TypeError:
                pass
        # EnumType.__new__: repr and friends found on the data type (or
        # object) give way to the enum base's, unless the class defines them.
        if bases:
            first_enum = bases[-1]
            member_type = enum_class._member_type_
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    enum_method = getattr(first_enum, name)
                    found_method = getattr(enum_class, name)
                    object_method = getattr(object, name)
                    data_type_method = getattr(member_type, name)
                    if found_method in (data_type_method, object_method):
                        setattr(enum_class, name, enum_method)
        # EnumType.__new__ (3.11): the __new__ that made the members is kept
        # as _new_member_ (and a __new__ of the class's own as
        # __new_member__, for subclasses); the class's __new__ becomes
        # Enum.__new__, the by-value lookup.
        enum_base = globals().get('Enum')
        if enum_base is None:
            enum_class._new_member_ = classdict['__new__']
        else:
            new = _member_new(enum_class)
            if new is None:
                new = base_type.__new__ if base_type is not None else object.__new__
            enum_class._new_member_ = new
            if '__new__' in classdict:
                enum_class.__new_member__ = classdict['__new__']
            enum_class.__new__ = enum_base.__new__
        # A Flag gets Flag's operators (an int mixin's would answer first).
        flag_class = globals().get('Flag')
        if flag_class is not None and issubclass(enum_class, flag_class):
            int_flag = globals().get('IntFlag')
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in classdict:
                    # IntFlag's boundary KEEP inverts every bit up to the highest one.
                    source = int_flag if name == '__invert__' and int_flag is not None and issubclass(enum_class, int_flag) else flag_class
                    setattr(enum_class, name, getattr(source, name))
        return enum_class

    def _next_value(flag, last_values):
        if flag:
            if not last_values:
                return 1
            high = max(last_values)
            n = 1
            while n <= high:
                n <<= 1
            return n
        for v in reversed(last_values):
            if isinstance(v, int):
                return v + 1
        return 1
    _next_value = staticmethod(_next_value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """A member by value (Color(3), through Enum.__new__), or the functional API."""
        if names is None:  # simple value lookup
            return cls.__new__(cls, value)
        # otherwise, functional API: we're creating a new Enum type
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Name', 'A B C') (EnumType._create_)."""
        metacls = cls.__class__
        bases = (cls, ) if type is None else (type, cls)
        flag = getattr(cls, '_is_flag_', False)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            last_values = []
            for count, name in enumerate(names):
                if flag:
                    value = start if not count else 2 ** max(last_values).bit_length()
                else:
                    value = start + count if not last_values else last_values[-1] + 1
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """A new enum `name` of the module's constants that pass filter()
        (EnumType._convert_: signal's Signals, socket's AddressFamily),
        its members written back into the module. gclab builds it through
        the functional API where 3.11 uses _simple_enum; as_global's
        global_enum repr is not supported."""
        import sys
        module_globals = sys.modules[module].__dict__
        if source:
            source = source.__dict__
        else:
            source = module_globals
        # Sorted by value, then name, so the first name of a value is the
        # member and the others its aliases, in the same order every time.
        members = [
                (name, value)
                for name, value in source.items()
                if filter(name)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        cls = cls._create_(name, members, module=module)
        sys.modules[cls.__module__].__dict__.update(cls.__members__)
        module_globals[name] = cls
        return cls

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        return member in cls._value2member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        if getattr(cls, '_is_flag_', False):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls.__dict__['_member_map_'][name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    @property
    def __members__(cls):
        # A read-only view of the member map (types.MappingProxyType), as 3.11's.
        return type(type.__dict__)(cls._member_map_)

    def __dir__(cls):
        # EnumType.__dir__ (3.11).
        interesting = set([
                '__class__', '__contains__', '__doc__', '__getitem__',
                '__iter__', '__len__', '__members__', '__module__',
                '__name__', '__qualname__',
                ] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        # Enum.__new__ (3.11): every enum class's __new__ once its members
        # exist (EnumType.__new__ puts it there); EnumType.__call__ looks
        # members up by value through it.
        if type(value) is cls:
            # For lookups like Color(Color.RED)
            return value
        # by-value search for a matching enum member
        # see if it's in the reverse mapping (for hashable values)
        try:
            return cls._value2member_map_[value]
        except KeyError:
            # Not found, no need to do long O(n) search
            pass
        except TypeError:
            # not there, now do long search -- O(n) behavior
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        # still not found -- verify that members exist, in-case somebody got here mistakenly
        # (such as via super when trying to override __new__)
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        #
        # still not found -- try _missing_ hook
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            else:
                ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
                if result is None and exc is None:
                    raise ve_exc
                elif exc is None:
                    exc = TypeError(
                            'error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result)
                            )
                if not isinstance(exc, ValueError):
                    exc.__context__ = ve_exc
                raise exc
        finally:
            # ensure all variables that could hold an exception are destroyed
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        # Enum.__dir__ (3.11): the members' public names and methods.
        if self.__class__._member_type_ is object:
            interesting = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'])
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    # (the members are in the class's __dict__ too)
                    interesting.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__']) | interesting)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _IntValued:
    """What IntEnum members need from int when int cannot be subclassed
    (Enum itself, as CPython's, has no __eq__ or ordering)."""

    def __eq__(self, other):
        if type(self) is type(other):
            return self is other
        if self.__class__._member_type_ is not object:
            return self._value_ == other
        return NotImplemented

    def __lt__(self, other):
        if self.__class__._member_type_ is not object:
            return self._value_ < (other._value_ if isinstance(other, Enum) else other)
        return NotImplemented

    def __gt__(self, other):
        if self.__class__._member_type_ is not object:
            return self._value_ > (other._value_ if isinstance(other, Enum) else other)
        return NotImplemented

    def __le__(self, other):
        if self.__class__._member_type_ is not object:
            return self._value_ <= (other._value_ if isinstance(other, Enum) else other)
        return NotImplemented

    def __ge__(self, other):
        if self.__class__._member_type_ is not object:
            return self._value_ >= (other._value_ if isinstance(other, Enum) else other)
        return NotImplemented

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __add__(self, other):
        return self._value_ + int(other)

    __radd__ = __add__

    def __sub__(self, other):
        return self._value_ - int(other)

    def __mul__(self, other):
        return self._value_ * int(other)

    __rmul__ = __mul__


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


try:
    class IntEnum(int, ReprEnum):
        """Enum where members are also (and must be) ints."""

        __repr__ = Enum.__repr__

        def __str__(self):
            return str(self._value_)

        def __format__(self, format_spec):
            return format(self._value_, format_spec)
except TypeError:
    class IntEnum(_IntValued, ReprEnum):
        """Enum where members are also (and must be) ints."""
        _member_type_ = int

        def __str__(self):
            return str(self._value_)

        def __format__(self, format_spec):
            return format(self._value_, format_spec)

        def __hash__(self):
            return hash(self._value_)


try:
    class StrEnum(str, ReprEnum):
        """Enum where members are also (and must be) strings."""

        def __new_member__(cls, *values):
            """values must already be of type `str`"""
            if len(values) > 3:
                raise TypeError('too many arguments for str(): %r' % (values, ))
            if len(values) == 1:
                # it must be a string
                if not isinstance(values[0], str):
                    raise TypeError('%r is not a string' % (values[0], ))
            if len(values) >= 2:
                # check that encoding argument is a string
                if not isinstance(values[1], str):
                    raise TypeError('encoding must be a string, not %r' % (values[1], ))
            if len(values) == 3:
                # check that errors argument is a string
                if not isinstance(values[2], str):
                    raise TypeError('errors must be a string, not %r' % (values[2]))
            value = str(*values)
            member = str.__new__(cls, value)
            member._value_ = value
            return member

        def _generate_next_value_(name, start, count, last_values):
            """auto() in a StrEnum is the lower-cased member name."""
            return name.lower()

        def __str__(self):
            return self._value_
except TypeError:
    class StrEnum(Enum):
        """Enum where members are also (and must be) strings."""

        def _generate_next_value_(name, start, count, last_values):
            """auto() in a StrEnum is the lower-cased member name."""
            return name.lower()

        def __str__(self):
            return self._value_

        def __eq__(self, other):
            if isinstance(other, str):
                return self._value_ == other
            return self is other if type(self) is type(other) else NotImplemented

        def __hash__(self):
            return hash(self._value_)


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""
    _is_flag_ = True

    def _flag_missing(cls, value):
        keep = cls._member_type_ is not object
        if value < 0:
            all_bits = 0
            for m in cls:
                all_bits |= m._value_
            value = (max(all_bits + 1, 2 ** value.bit_length()) + value) if keep else value
        members = [m for m in cls if m._value_ and m._value_ & value == m._value_]
        covered = 0
        for m in members:
            covered |= m._value_
        if covered != value and not keep:
            flag_mask = 0
            for m in cls._member_map_.values():
                flag_mask |= m._value_
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
        pseudo = cls._member_type_.__new__(cls, value) if keep and issubclass(cls, cls._member_type_) else object.__new__(cls)
        name = '|'.join(m._name_ for m in members) if members else None
        # Flag._missing_: unknown bits show after the members' names; with
        # no member among the bits the pseudo-member has no name at all.
        if keep and covered != value and name is not None:
            name = name + '|' + str(value ^ covered)
        pseudo._name_ = name
        pseudo._value_ = value
        return cls._value2member_map_.setdefault(value, pseudo)
    _flag_missing = classmethod(_flag_missing)

    @classmethod
    def _missing_(cls, value):
        """A value made of the members' bits: the pseudo-member of their combination."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        return cls._flag_missing(value)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        total = 0
        for m in self.__class__:
            total |= m._value_
        return self.__class__(total & ~self._value_)


try:
    class IntFlag(int, ReprEnum, Flag):
        """Support for integer-based Flags."""

        def __str__(self):
            return str(self._value_)

        def __format__(self, format_spec):
            return format(self._value_, format_spec)

        def __invert__(self):
            # boundary KEEP: every bit up to the highest named one flips, named or not.
            mask = 0
            for m in self.__class__:
                mask |= m._value_
            bits = (1 << max(mask.bit_length(), self._value_.bit_length())) - 1
            return self.__class__(bits & ~self._value_)
except TypeError:
    class IntFlag(_IntValued, ReprEnum, Flag):
        """Support for integer-based Flags."""
        _member_type_ = int

        def __str__(self):
            return str(self._value_)

        def __invert__(self):
            # boundary KEEP: every bit up to the highest named one flips, named or not.
            mask = 0
            for m in self.__class__:
                mask |= m._value_
            bits = (1 << max(mask.bit_length(), self._value_.bit_length())) - 1
            return self.__class__(bits & ~self._value_)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def _high_bit(value):
    """
    returns index of highest bit, or -1 if value is zero or negative
    """
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    # num must be a positive integer
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


class EnumCheck(StrEnum):
    """
    various conditions to check an enumeration for
    """
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"
CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """
    Check an enumeration for various constraints. (see EnumCheck)
    """
    def __init__(self, *checks):
        self.checks = checks
    def __call__(self, enumeration):
        checks = self.checks
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in checks:
            if check is UNIQUE:
                # check for duplicate names
                duplicates = []
                for name, member in enumeration.__members__.items():
                    if name != member.name:
                        duplicates.append((name, member.name))
                if duplicates:
                    alias_details = ', '.join(
                            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
                    raise ValueError('aliases found in %r: %s' %
                            (enumeration, alias_details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if enum_type == 'flag':
                    # check for powers of two
                    for i in range(_high_bit(low)+1, _high_bit(high)):
                        if 2**i not in values:
                            missing.append(2**i)
                elif enum_type == 'enum':
                    # check for powers of one
                    for i in range(low+1, high):
                        if i not in values:
                            missing.append(i)
                else:
                    raise Exception('verify: unknown type %r' % enum_type)
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                            enum_type, cls_name, ', '.join((str(m) for m in missing)))
                            )[:256])
                            # limit max length to protect against DOS attacks
            elif check is NAMED_FLAGS:
                # examine each alias and check for unnamed flags
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        # not an alias
                        continue
                    if alias.value < 0:
                        # negative numbers are not checked
                        continue
                    values = list(_iter_bits_lsb(alias.value))
                    missed = [v for v in values if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                                ', '.join(missing_names[:-1]), missing_names[-1]
                                )
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError(
                            'invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                            % (cls_name, alias, value)
                            )
        return enumeration
