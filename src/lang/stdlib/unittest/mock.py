"""unittest.mock: Mock, MagicMock and patch, for what tests commonly use.

A Mock is callable; it records its calls (called, call_count, call_args,
call_args_list, mock_calls), returns return_value (a child Mock unless
set) or what side_effect gives (an exception, a callable, or an iterable
whose items are returned in turn), and creates child mocks for attributes
on first access; with spec (a class or object, or a list of names) other
attributes are AttributeError and isinstance() sees the spec's class. The
assert_* methods fail with CPython 3.11's messages. MagicMock also
answers the magic methods (len, iter, in, [], with, bool, int, ...), each
a child mock that can be configured (m.__len__.return_value = 3). patch,
patch.object and patch.dict work as decorators and context managers;
ANY, call, sentinel and DEFAULT as in CPython; mock_open as CPython's
(a MagicMock standing for open() whose handle reads read_data). autospec,
create_autospec, AsyncMock and seal are not provided.
"""

__all__ = ['Mock', 'MagicMock', 'NonCallableMock', 'patch', 'call', 'DEFAULT', 'sentinel', 'ANY',
           'mock_open']

class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        if name not in self._sentinels:
            self._sentinels[name] = _SentinelObject(name)
        return self._sentinels[name]


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _Call(tuple):
    """One recorded call: (args, kwargs), printed as call(1, x=2)."""

    def __new__(cls, args=(), kwargs=None, name=''):
        if kwargs is None:
            kwargs = {}
        self = tuple.__new__(cls, (args, kwargs))
        return self

    def __init__(self, args=(), kwargs=None, name=''):
        self._name = name

    @property
    def args(self):
        return self[0]

    @property
    def kwargs(self):
        return self[1]

    def __call__(self, *args, **kwargs):
        return _Call(args, kwargs, self._name)

    def __eq__(self, other):
        if not isinstance(other, tuple) or len(other) != 2:
            return NotImplemented
        return tuple(self[0]) == tuple(other[0]) and dict(self[1]) == dict(other[1])

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        name = self._name or 'call'
        parts = []
        for a in self[0]:
            parts.append(repr(a))
        for k in self[1]:
            parts.append('%s=%r' % (k, self[1][k]))
        return '%s(%s)' % (name, ', '.join(parts))


call = _Call()


class _ANY(object):
    "A helper object that compares equal to everything."

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _try_iter(obj):
    # An iterable side_effect is consumed one item per call.
    if obj is None or isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException)):
        return obj
    if callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


class NonCallableMock(object):
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 name=None, parent=None, **kwargs):
        d = self.__dict__
        d['_mock_name'] = name
        d['_mock_parent'] = parent
        d['_mock_children'] = {}
        d['_mock_return_value'] = return_value
        d['_mock_side_effect'] = _try_iter(side_effect)
        if spec is not None and not isinstance(spec, (list, tuple)):
            d['_spec_class'] = spec if isinstance(spec, type) else type(spec)
            d['_mock_methods'] = dir(spec)
        elif spec is not None:
            d['_spec_class'] = None
            d['_mock_methods'] = list(spec)
        else:
            d['_spec_class'] = None
            d['_mock_methods'] = None
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = []
        d['mock_calls'] = []
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def _mock_full_name(self):
        names = []
        mock = self
        while mock is not None:
            names.append(mock._mock_name or 'mock')
            mock = mock._mock_parent
        names.reverse()
        return '.'.join(names)

    def __getattr__(self, name):
        if name.startswith('_mock_') or (name.startswith('__') and name.endswith('__')):
            raise AttributeError(name)
        if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec "
                                 "for the mock if %r is meant to be an attribute." % (name, name))
        methods = self.__dict__['_mock_methods']
        if methods is not None and name not in methods:
            raise AttributeError("Mock object has no attribute %r" % name)
        children = self.__dict__['_mock_children']
        if name not in children:
            children[name] = self._mock_child_class()(name=name, parent=self)
        return children[name]

    def _mock_child_class(self):
        return MagicMock if isinstance(self, MagicMock) else Mock

    @property
    def __class__(self):
        spec_class = self.__dict__.get('_spec_class')
        if spec_class is None:
            return type(self)
        return spec_class

    def _get_side_effect(self):
        return self.__dict__['_mock_side_effect']

    def _set_side_effect(self, value):
        self.__dict__['_mock_side_effect'] = _try_iter(value)

    side_effect = property(_get_side_effect, _set_side_effect)

    def __repr__(self):
        return "<%s name='%s' id='%d'>" % (type(self).__name__, self._mock_full_name(), id(self))

    def _get_return_value(self):
        if self._mock_return_value is DEFAULT:
            self.__dict__['_mock_return_value'] = self._mock_child_class()(name='()', parent=self)
        return self._mock_return_value

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value

    return_value = property(_get_return_value, _set_return_value)

    def reset_mock(self, return_value=False, side_effect=False):
        d = self.__dict__
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = []
        d['mock_calls'] = []
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in d['_mock_children'].values():
            child.reset_mock()

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %r." % (prefix, self.mock_calls)

    def assert_not_called(self):
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            msg = ("Expected '%s' to have been called." % (self._mock_name or 'mock'))
            raise AssertionError(msg)

    def assert_called_once(self):
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, /, *args, **kwargs):
        """assert that the last call was made with the specified arguments."""
        name = self._mock_name or 'mock'
        if self.call_args is None:
            expected = _Call(args, kwargs, name)
            actual = 'not called.'
            error_message = ('expected call not found.\nExpected: %s\n  Actual: %s'
                    % (expected, actual))
            raise AssertionError(error_message)

        def _error_message():
            msg = ('expected call not found.\nExpected: %r\n  Actual: %r'
                   % (_Call(args, kwargs, name), _Call(self.call_args[0], self.call_args[1], name)))
            return msg
        expected = _Call(args, kwargs)
        actual = _Call(self.call_args[0], self.call_args[1])
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(_error_message()) from cause

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """assert the mock has been called with the specified calls: in a
        row in mock_calls, or (any_order) each somewhere in it."""
        expected = list(calls)
        all_calls = list(self.mock_calls)
        if not any_order:
            n = len(expected)
            if not any(all_calls[i:i + n] == expected for i in range(len(all_calls) - n + 1)):
                raise AssertionError(
                    f'Calls not found.\n'
                    f'Expected: {expected!r}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}'
                )
            return
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, '
                'found %r instead' % (self._mock_name or 'mock',
                                      tuple(not_found), all_calls)
            )

    def assert_any_call(self, *args, **kwargs):
        expected = _Call(args, kwargs)
        for c in self.call_args_list:
            if c == expected:
                return
        raise AssertionError('%s call not found' % (_Call(args, kwargs, 'mock'),))


class Mock(NonCallableMock):
    """A callable mock: calls are recorded, then side_effect or return_value
    decides what the call does."""

    def __call__(self, *args, **kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] = self.call_count + 1
        this_call = _Call(args, kwargs)
        d['call_args'] = this_call
        self.call_args_list.append(this_call)
        self.mock_calls.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if isinstance(effect, BaseException) or (
                    isinstance(effect, type) and issubclass(effect, BaseException)):
                raise effect
            if not callable(effect):
                result = next(effect)
                if isinstance(result, BaseException) or (
                        isinstance(result, type) and issubclass(result, BaseException)):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        return self.return_value


class _MagicProxy(object):
    """A magic method of a MagicMock: reading it gives the instance's child
    mock for it (made at first use, with the default result), and the
    interpreter's call of the special method calls that child."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        children = obj.__dict__['_mock_children']
        m = children.get(self.name)
        if m is None:
            m = children[self.name] = MagicMock(name=self.name, parent=obj)
            default = _magic_defaults.get(self.name, DEFAULT)
            if callable(default) and not isinstance(default, _SentinelObject):
                default = default(obj)
            if default is not DEFAULT:
                m.return_value = default
            if self.name == '__iter__':
                # _get_iter: each call iterates over the current return_value.
                m.return_value = []
                m.side_effect = lambda *a, _m=m: iter(_m.return_value)
        return m


_magic_defaults = {
    '__len__': 0, '__contains__': False, '__bool__': True, '__int__': 1,
    '__float__': 1.0, '__index__': 1, '__complex__': 1j, '__exit__': False,
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
}

_magics = ('__len__', '__iter__', '__contains__', '__getitem__', '__setitem__',
           '__delitem__', '__enter__', '__exit__', '__bool__', '__int__',
           '__float__', '__index__', '__complex__', '__hash__', '__str__',
           '__sizeof__', '__lt__', '__gt__', '__le__', '__ge__', '__add__',
           '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__',
           '__neg__', '__pos__', '__abs__', '__invert__', '__and__', '__or__',
           '__xor__', '__lshift__', '__rshift__', '__pow__', '__reversed__',
           '__round__', '__fspath__', '__next__')


class MagicMock(Mock):
    """A Mock with the magic methods configured."""


for _name in _magics:
    setattr(MagicMock, _name, _MagicProxy(_name))
del _name


def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return _importer(target), attribute


class _patch(object):
    """What patch() and patch.object() return: a decorator and a context
    manager that puts `new` (a MagicMock by default) in place of the
    target's attribute and restores it afterwards."""

    def __init__(self, getter, attribute, new, create, kwargs):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.create = create
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.create, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for attr in dir(func):
                if attr.startswith('test'):
                    value = getattr(func, attr)
                    if callable(value):
                        setattr(func, attr, self.copy()(value))
            return func
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func
        import functools

        @functools.wraps(func)
        def patched(*args, **keywargs):
            extra = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.new is DEFAULT:
                        extra.append(arg)
                return func(*args, *extra, **keywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(None, None, None)

        patched.patchings = [self]
        return patched

    def __enter__(self):
        self.target = self.getter()
        original = getattr(self.target, self.attribute, _missing)
        if original is _missing and not self.create:
            raise AttributeError("%s does not have the attribute %r" % (self.target, self.attribute))
        try:
            self.is_local = self.attribute in vars(self.target)
        except TypeError:
            self.is_local = True
        self.temp_original = original
        new = self.new
        if new is DEFAULT:
            new = MagicMock(**self.kwargs)
        self.new_value = new
        setattr(self.target, self.attribute, new)
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not _missing:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__', '__defaults__',
                                                       '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original, self.is_local, self.target, self.new_value
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, **kwargs):
    """patch('module.attr', new=...): a decorator or context manager."""
    getter, attribute = None, None
    if not isinstance(target, str):
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    target_name, attribute = target.rsplit('.', 1) if '.' in target else (None, None)
    if target_name is None:
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    if spec is not None:
        kwargs['spec'] = spec

    def getter():
        return _importer(target_name)

    return _patch(getter, attribute, new, create, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, **kwargs):
    """patch.object(obj, 'attr', new=...)."""
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    if spec is not None:
        kwargs['spec'] = spec
    return _patch(lambda: target, attribute, new, create, kwargs)


class _patch_dict(object):
    """patch.dict(d, values, clear=False): d updated (or replaced) inside, restored after."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        import functools

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()

        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        self._original = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        in_dict.clear()
        in_dict.update(original)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False


patch.object = _patch_object
patch.dict = _patch_dict


file_spec = None
open_spec = None


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    else:
        return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """
    A helper function to create a mock to replace the use of `open`. It works
    for `open` called directly or used as a context manager.

    The `mock` argument is the mock object to configure. If `None` (the
    default) then a `MagicMock` will be created for you, with the API limited
    to methods or attributes available on standard file handles.

    `read_data` is a string for the `read`, `readline` and `readlines` of the
    file handle to return.  This is an empty string by default.
    """
    _read_data = _to_stream(read_data)
    _state = [_read_data, None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return _state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return _state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield _state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in _state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(_state[0])

    global file_spec
    if file_spec is None:
        import io
        file_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))

    global open_spec
    if open_spec is None:
        import io
        open_spec = list(set(dir(io.open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)

    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle

    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None

    handle.read.side_effect = _read_side_effect
    _state[1] = _readline_side_effect()
    handle.readline.side_effect = _state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        _state[0] = _to_stream(read_data)
        if handle.readline.side_effect == _state[1]:
            # Only reset the side effect if the user hasn't overridden it.
            _state[1] = _readline_side_effect()
            handle.readline.side_effect = _state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
